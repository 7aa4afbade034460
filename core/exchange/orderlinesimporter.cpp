// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/orderlinesimporter.h"

#include "core/domain/error.h"
#include "core/domain/money.h"
#include "core/domain/validation.h"
#include "core/exchange/tableimporter.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

bool fail(RowOutcome &out, const RowInput &row, const QString &field, const QString &message,
          bool ambiguous = false)
{
    out.action = RowAction::Error;
    out.field = field;
    out.column = row.column(field);
    out.message = message;
    out.ambiguousDate = ambiguous;
    return false;
}

QString key(const QString &number, int lineNo)
{
    return number + QStringLiteral(" / ") + QString::number(lineNo);
}

} // namespace

/// Where the fields sit in the import's rows, looked up once.
struct OrderLinesImporter::Slots
{
    explicit Slots(const RowInput &row)
        : id(row.slot(QStringLiteral("id"))),
          orderNumber(row.slot(QStringLiteral("order_number"))),
          lineNo(row.slot(QStringLiteral("line_no"))),
          customerCode(row.slot(QStringLiteral("customer_code"))),
          sku(row.slot(QStringLiteral("sku"))),
          quantity(row.slot(QStringLiteral("quantity"))),
          unitPrice(row.slot(QStringLiteral("unit_price"))),
          discount(row.slot(QStringLiteral("discount_pct"))),
          amount(row.slot(QStringLiteral("amount")))
    {
    }
    const int id, orderNumber, lineNo, customerCode, sku, quantity, unitPrice, discount, amount;
};

/// A line's values, parsed before anything is written.
struct OrderLinesImporter::Line
{
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 discount = 0;
    Money amount = 0;
    int lineNo = 0; ///< 0: the next number of its order
};

OrderLinesImporter::OrderLinesImporter() = default;
OrderLinesImporter::~OrderLinesImporter() = default;

void OrderLinesImporter::start(const RowInput &row, ImportContext &context)
{
    m_slots = std::make_unique<Slots>(row);
    m_now = Database::nowUtc().toUtf8();
    m_office = context.db.officeId().toUtf8();
    // Lines go in before the order that holds them (written with its total when the file
    // moves on, see orderDone()); the transaction's commit still checks every reference.
    m_writer = std::make_unique<OrderLinesWriter>(context.db, m_now, m_office);
    m_created = std::make_unique<CreatedOrders>(*m_writer, context);
    m_references = std::make_unique<OrderReferences>(*m_writer, context, m_ids);
}

bool OrderLinesImporter::parseLine(const RowInput &row, const ImportContext &context, Line &line,
                                   RowOutcome &out) const
{
    QString error;
    const auto quantity = parse::integer(row.text(m_slots->quantity), &error);
    if (!quantity || *quantity == 0)
        return fail(out, row, QStringLiteral("quantity"),
                    quantity ? ImportText::tr("The quantity must not be zero.") : error);
    const auto price = parse::amount(row.text(m_slots->unitPrice), 4, context.decimal, &error);
    if (!price || *price < 0)
        return fail(out, row, QStringLiteral("unit_price"),
                    price ? ImportText::tr("The unit price must not be negative.") : error);
    line.quantity = *quantity;
    line.unitPrice = *price;
    const QString discountText = row.text(m_slots->discount);
    if (!discountText.trimmed().isEmpty()) {
        const auto d = percentToBasisPoints(discountText, context.decimal, &error);
        if (!d || *d < 0 || *d > 10000)
            return fail(out, row, QStringLiteral("discount_pct"),
                        d ? ImportText::tr("The discount must be between 0 and 100 %.") : error);
        line.discount = *d;
    }
    if (!money::lineAmountFits(line.quantity, line.unitPrice))
        return fail(
            out, row, QStringLiteral("quantity"),
            ImportText::tr("Quantity × unit price is beyond the largest amount this workspace accepts."));
    line.amount = money::lineAmount(line.quantity, line.unitPrice, BasisPoints(line.discount));
    const QString amountText = row.text(m_slots->amount);
    if (!amountText.trimmed().isEmpty()) {
        const auto given = parse::amount(amountText, 2, context.decimal, &error);
        if (!given)
            return fail(out, row, QStringLiteral("amount"), error);
        if (*given != line.amount)
            return fail(out, row, QStringLiteral("amount"),
                        ImportText::tr("The amount %1 is not quantity × unit price × (1 − discount) = %2.")
                            .arg(money::toDecimalString(*given), money::toDecimalString(line.amount)));
    }
    const QString lineText = row.text(m_slots->lineNo);
    if (!lineText.trimmed().isEmpty()) {
        const auto n = parse::integer(lineText, &error);
        if (!n || *n <= 0 || *n > 1000000)
            return fail(out, row, QStringLiteral("line_no"),
                        n ? ImportText::tr("The line number must be positive.") : error);
        line.lineNo = int(*n);
    }
    return true;
}

std::optional<QByteArray> OrderLinesImporter::customerFor(const RowInput &row, RowOutcome &out)
{
    const QString code = row.text(m_slots->customerCode).trimmed();
    if (code.isEmpty()) {
        fail(out, row, QStringLiteral("customer_code"),
             ImportText::tr("customer_code is required for a new order."));
        return std::nullopt;
    }
    QString error;
    const auto id = m_references->find(OrderReferences::Kind::Customer, code,
                                       row.value(QStringLiteral("customer_name")).trimmed(), &error);
    if (!id)
        fail(out, row, QStringLiteral("customer_code"), error);
    return id;
}

std::optional<QByteArray> OrderLinesImporter::productFor(const RowInput &row, RowOutcome &out)
{
    const QString sku = row.text(m_slots->sku).trimmed();
    if (sku.isEmpty())
        return QByteArray();
    QString error;
    const auto id = m_references->find(OrderReferences::Kind::Product, sku,
                                       row.value(QStringLiteral("product_name")).trimmed(), &error);
    if (!id)
        fail(out, row, QStringLiteral("sku"), error);
    return id;
}

OrderLinesImporter::OrderState *OrderLinesImporter::orderFor(const RowInput &row, const QString &number,
                                                             ImportContext &context, RowOutcome &out)
{
    OrderState *order = m_orders.value(number);
    if (!order) {
        OrderState state;
        state.row.number = number;
        if (auto existing = m_writer->findOrder(number)) {
            state.row.id = std::move(existing->id);
            state.row.customerId = std::move(existing->customerId);
            state.customerCode = std::move(existing->customerCode);
        }
        if (state.row.id.isEmpty()) {
            if (!validation::isValidCode(number)) {
                fail(out, row, QStringLiteral("order_number"),
                     ImportText::tr("\"%1\" is not a usable order number.").arg(number));
                return nullptr;
            }
            const QString dateText = row.value(QStringLiteral("order_date"));
            if (dateText.trimmed().isEmpty()) {
                fail(out, row, QStringLiteral("order_date"),
                     ImportText::tr("order_date is required for a new order."));
                return nullptr;
            }
            QString error;
            bool ambiguous = false;
            const auto date
                = parse::date(dateText, context.dateOrder, context.dateFormat, &error, &ambiguous);
            if (!date) {
                fail(out, row, QStringLiteral("order_date"), error, ambiguous);
                return nullptr;
            }
            state.row.status = QStringLiteral("draft");
            const QString statusText = row.value(QStringLiteral("status"));
            if (!statusText.trimmed().isEmpty()) {
                state.row.status = enumKey(QStringLiteral("order_status"), statusText);
                if (state.row.status.isEmpty()) {
                    fail(out, row, QStringLiteral("status"),
                         ImportText::tr("\"%1\" is not an order status.").arg(statusText));
                    return nullptr;
                }
            }
            const auto customer = customerFor(row, out);
            if (!customer)
                return nullptr;
            // The order is written with its total once its lines are (see orderDone()).
            state.row.id = m_ids.next();
            state.row.customerId = *customer;
            state.customerCode = row.text(m_slots->customerCode).trimmed();
            state.row.date = date->toString(Qt::ISODate);
            state.created = true;
        }
        order = &m_orderList.emplace_back(std::move(state));
        m_orders.insert(number, order);
    }
    // The order columns repeat on every line; a different customer means two orders share a number.
    const QString code = row.text(m_slots->customerCode).trimmed();
    if (!code.isEmpty() && code != order->customerCode) {
        fail(out, row, QStringLiteral("customer_code"),
             ImportText::tr("Order %1 belongs to customer %2, not \"%3\".")
                 .arg(number, order->customerCode, code));
        return nullptr;
    }
    return order;
}

void OrderLinesImporter::beforeRow(const RowInput &row, ImportContext &context)
{
    if (!m_writer)
        start(row, context);
    // The rows of an order usually come together: when they end, the order is written with
    // its total while its lines are still in the cache (outside the next row's savepoint,
    // so refusing that row does not take the order back).
    if (m_open && row.text(m_slots->orderNumber).trimmed() != m_open->row.number) {
        orderDone(*m_open);
        m_open = nullptr;
    }
}

RowOutcome OrderLinesImporter::apply(const RowInput &row, ImportContext &context)
{
    if (!m_writer)
        start(row, context);
    RowOutcome out;
    out.row = row.row;
    const QString number = row.text(m_slots->orderNumber).trimmed();
    if (number.isEmpty()) {
        fail(out, row, QStringLiteral("order_number"), ImportText::tr("order_number is required."));
        return out;
    }
    // Everything is checked before anything is written, so a bad row writes nothing.
    Line line;
    if (!parseLine(row, context, line, out))
        return out;
    OrderState *order = orderFor(row, number, context, out);
    if (!order)
        return out;
    m_open = order;
    if (line.lineNo == 0)
        line.lineNo = order->nextLineNo;
    order->nextLineNo = qMax(order->nextLineNo, line.lineNo + 1);
    if (context.keepDetails)
        out.key = key(number, line.lineNo);
    // Lines of existing orders are matched by number, so a number used twice must be caught here;
    // in orders created here the unique index catches it (see writeLine()).
    if (!order->created) {
        if (order->linesSeen.contains(line.lineNo)) {
            out.key = key(number, line.lineNo);
            fail(out, row, QStringLiteral("line_no"),
                 ImportText::tr("Line %1 of order %2 appears twice in the file.")
                     .arg(line.lineNo)
                     .arg(number));
            return out;
        }
        order->linesSeen.insert(line.lineNo);
    }
    const auto product = productFor(row, out);
    if (!product) {
        out.key = key(number, line.lineNo);
        return out;
    }
    if (order->created
        && (order->row.amount + line.amount >= money::MaxAmount
            || order->row.amount + line.amount <= -money::MaxAmount)) {
        out.key = key(number, line.lineNo);
        fail(out, row, QStringLiteral("quantity"),
             ImportText::tr("Order %1's total would exceed the largest amount this workspace accepts.")
                 .arg(number));
        return out;
    }
    return writeLine(row, *order, line, *product, context, out);
}

RowOutcome OrderLinesImporter::writeLine(const RowInput &row, OrderState &order, const Line &line,
                                         const QByteArray &product, ImportContext &context, RowOutcome &out)
{
    const OrderLineValues values{product, line.quantity, line.unitPrice, line.discount, line.amount};
    if (!order.created) {
        if (const auto stored = m_writer->findLine(order.row.id, line.lineNo)) {
            const QString &lineId = stored->id;
            const QString &oldProduct = stored->productId;
            const qint64 oldQuantity = stored->quantity, oldPrice = stored->unitPrice,
                         oldDiscount = stored->discountBp, oldAmount = stored->amount,
                         oldVersion = stored->version;
            auto note = [&](const char16_t *field, const QString &before, const QString &after) {
                if (before != after)
                    out.changes.append({QString::fromUtf16(field), before, after});
            };
            note(u"sku", oldProduct, QString::fromUtf8(product));
            note(u"quantity", QString::number(oldQuantity), QString::number(line.quantity));
            note(u"unit_price", money::price4ToString(oldPrice), money::price4ToString(line.unitPrice));
            note(u"discount_pct", money::toDecimalString(oldDiscount), money::toDecimalString(line.discount));
            if (out.changes.isEmpty()) {
                out.action = RowAction::Unchanged;
                return out;
            }
            m_writer->updateLine(lineId, values);
            const QVariantMap previous{
                {QStringLiteral("product_id"), oldProduct.isEmpty() ? QVariant() : QVariant(oldProduct)},
                {QStringLiteral("quantity"), oldQuantity},
                {QStringLiteral("unit_price"), oldPrice},
                {QStringLiteral("discount_bp"), oldDiscount},
                {QStringLiteral("amount"), oldAmount},
                {QStringLiteral("version"), oldVersion}};
            context.recordUpdate(QStringLiteral("order_lines"), lineId, previous);
            order.changed = true;
            out.action = RowAction::Update;
            return out;
        }
    }
    // An id from the file (an export of another workspace) is kept, as for every other entity.
    const QString givenId = row.text(m_slots->id).trimmed();
    const QByteArray lineId = givenId.isEmpty() ? m_ids.next() : givenId.toUtf8();
    try {
        m_writer->insertLine(lineId, order.row.id, line.lineNo, values);
    } catch (const Error &) {
        // A line number used twice in an order created here breaks the unique index.
        const bool twice = order.created && m_writer->hasLine(order.row.id, line.lineNo);
        if (!twice)
            throw;
        out.key = key(order.row.number, line.lineNo);
        fail(out, row, QStringLiteral("line_no"),
             ImportText::tr("Line %1 of order %2 appears twice in the file.")
                 .arg(line.lineNo)
                 .arg(order.row.number));
        return out;
    }
    // Lines of an order created here go with the order on undo; others are logged one by one.
    if (order.created) {
        order.row.amount += line.amount;
    } else {
        context.recordInsert(QStringLiteral("order_lines"), QString::fromUtf8(lineId));
        order.changed = true;
    }
    ++order.linesWritten;
    if (!product.isEmpty())
        m_references->useProduct(product, line.unitPrice);
    out.action = RowAction::Insert;
    return out;
}

void OrderLinesImporter::orderDone(OrderState &order)
{
    if (!order.created || order.linesWritten == 0)
        return;
    m_references->writeCustomer(order.row.customerId);
    m_created->write(order.row);
}

void OrderLinesImporter::finish(ImportContext &context)
{
    if (!m_writer)
        return;
    m_open = nullptr;
    for (OrderState &order : m_orderList)
        orderDone(order);
    m_references->writeProducts();
    for (const OrderState &order : m_orderList) {
        if (order.created || !order.changed)
            continue;
        const auto [oldAmount, oldVersion] = m_writer->orderAmountAndVersion(order.row.id);
        m_writer->recomputeOrderAmount(order.row.id);
        context.recordUpdate(
            QStringLiteral("orders"), QString::fromUtf8(order.row.id),
            {{QStringLiteral("amount"), oldAmount}, {QStringLiteral("version"), oldVersion}});
    }
}

} // namespace sb::core
