// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderlineseditor.h"

#include "ui/common/format.h"
#include "ui/common/lookupcombo.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace sb::ui {

namespace {

QString priceText(core::Price4 price)
{
    return core::money::price4ToString(price);
}

} // namespace

OrderLinesEditor::OrderLinesEditor(QList<core::Product> products, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent), m_products(std::move(products))
{
    setObjectName(QStringLiteral("orderLines"));
    setAccessibleName(tr("Order lines"));
    setHorizontalHeaderLabels(
        {tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount %"), tr("Line amount")});
    // Tab walks through the editors of each line instead of the cells.
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);
    verticalHeader()->setVisible(false);

    auto *add = new QAction(tr("Add line"), this);
    add->setShortcut(Qt::Key_Insert);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QAction::triggered, this, [this] { addLine(); });
    auto *remove = new QAction(tr("Remove line"), this);
    remove->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::Key_Delete)});
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &OrderLinesEditor::removeCurrentLine);
    addActions({add, remove});
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

int OrderLinesEditor::addLine()
{
    const int row = rowCount();
    insertRow(row);
    m_lineNumbers.append(0);

    auto *product = new LookupCombo(this);
    product->setObjectName(QStringLiteral("lineProduct"));
    product->setAccessibleName(tr("Product"));
    product->lineEdit()->setPlaceholderText(tr("Type a SKU or name"));
    product->addItem(tr("(no product)"), QString());
    const QLocale locale;
    for (const core::Product &p : m_products)
        product->addItem(tr("%1 %2 — price %3, cost %4, stock %5")
                             .arg(p.sku, p.name, priceText(p.unitPrice), priceText(p.unitCost),
                                  locale.toString(p.stockOnHand)),
                         p.meta.id);
    auto *quantity = new QSpinBox(this);
    quantity->setObjectName(QStringLiteral("lineQuantity"));
    quantity->setAccessibleName(tr("Quantity"));
    quantity->setRange(-1000000, 1000000);
    quantity->setValue(1);
    auto *price = new QLineEdit(this);
    price->setObjectName(QStringLiteral("lineUnitPrice"));
    price->setAccessibleName(tr("Unit price"));
    price->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,12}(\\.\\d{0,4})?$")), price));
    price->setAlignment(Qt::AlignRight);
    price->setText(QStringLiteral("0.00"));
    auto *discount = new QDoubleSpinBox(this);
    discount->setObjectName(QStringLiteral("lineDiscount"));
    discount->setAccessibleName(tr("Discount %"));
    discount->setRange(0.0, 100.0);
    discount->setDecimals(2);
    auto *amount = new QTableWidgetItem;
    amount->setFlags(Qt::ItemIsEnabled);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    setCellWidget(row, Product, product);
    setCellWidget(row, Quantity, quantity);
    setCellWidget(row, UnitPrice, price);
    setCellWidget(row, Discount, discount);
    setItem(row, Amount, amount);

    product->setCurrentIndex(-1);
    connect(product, &LookupCombo::idChanged, this, [this, product, price](const QString &id) {
        for (const core::Product &p : m_products)
            if (p.meta.id == id)
                price->setText(priceText(p.unitPrice));
        recompute(rowOfWidget(product));
    });
    connect(quantity, &QSpinBox::valueChanged, this, [this, quantity] { recompute(rowOfWidget(quantity)); });
    connect(price, &QLineEdit::textChanged, this, [this, price] { recompute(rowOfWidget(price)); });
    connect(discount, &QDoubleSpinBox::valueChanged, this,
            [this, discount] { recompute(rowOfWidget(discount)); });
    recompute(row);
    updateTabOrder();
    setCurrentCell(row, Product);
    product->setFocus(Qt::OtherFocusReason);
    return row;
}

void OrderLinesEditor::removeCurrentLine()
{
    int row = -1;
    for (QWidget *w = focusWidget(); w && row < 0; w = w->parentWidget())
        row = rowOfWidget(w);
    if (row < 0)
        row = currentRow();
    if (row < 0 || row >= rowCount())
        return;
    removeRow(row);
    m_lineNumbers.removeAt(row);
    updateTabOrder();
    emit totalChanged(total());
    if (rowCount() > 0) {
        const int next = qMin(row, rowCount() - 1);
        setCurrentCell(next, Product);
        cellWidget(next, Product)->setFocus(Qt::OtherFocusReason);
    } else {
        setFocus(Qt::OtherFocusReason);
    }
}

void OrderLinesEditor::setTabAfterLines(QWidget *widget)
{
    m_tabAfter = widget;
    updateTabOrder();
}

void OrderLinesEditor::updateTabOrder()
{
    QWidget *previous = this;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = Product; column < Amount; ++column) {
            QWidget *next = cellWidget(row, column);
            if (!next)
                continue;
            setTabOrder(previous, next);
            previous = next;
        }
    }
    if (m_tabAfter && previous != this)
        setTabOrder(previous, m_tabAfter);
}

int OrderLinesEditor::rowOfWidget(const QWidget *widget) const
{
    for (int row = 0; row < rowCount(); ++row)
        for (int column = Product; column < Amount; ++column)
            if (cellWidget(row, column) == widget)
                return row;
    return -1;
}

void OrderLinesEditor::setLines(const QList<core::OrderLine> &lines)
{
    setRowCount(0);
    m_lineNumbers.clear();
    for (const core::OrderLine &line : lines) {
        const int row = addLine();
        m_lineNumbers[row] = line.lineNo;
        static_cast<LookupCombo *>(cellWidget(row, Product))->setCurrentId(line.productId);
        static_cast<QSpinBox *>(cellWidget(row, Quantity))->setValue(int(line.quantity));
        static_cast<QLineEdit *>(cellWidget(row, UnitPrice))->setText(priceText(line.unitPrice));
        static_cast<QDoubleSpinBox *>(cellWidget(row, Discount))->setValue(line.discount / 100.0);
    }
}

void OrderLinesEditor::setLine(int row, const QString &productId, qint64 quantity, const QString &unitPrice,
                               double discountPercent)
{
    static_cast<LookupCombo *>(cellWidget(row, Product))->setCurrentId(productId);
    static_cast<QSpinBox *>(cellWidget(row, Quantity))->setValue(int(quantity));
    static_cast<QLineEdit *>(cellWidget(row, UnitPrice))->setText(unitPrice);
    static_cast<QDoubleSpinBox *>(cellWidget(row, Discount))->setValue(discountPercent);
}

QList<core::OrderLine> OrderLinesEditor::lines(bool *ok) const
{
    QList<core::OrderLine> result;
    bool allRead = true;
    for (int row = 0; row < rowCount(); ++row) {
        core::OrderLine line;
        line.lineNo = m_lineNumbers.value(row);
        line.productId = static_cast<LookupCombo *>(cellWidget(row, Product))->currentId();
        line.quantity = static_cast<QSpinBox *>(cellWidget(row, Quantity))->value();
        const std::optional<core::Price4> price
            = core::money::parsePrice4(static_cast<QLineEdit *>(cellWidget(row, UnitPrice))->text());
        allRead = allRead && price.has_value();
        line.unitPrice = price.value_or(0);
        line.discount = core::BasisPoints(
            qRound(static_cast<QDoubleSpinBox *>(cellWidget(row, Discount))->value() * 100.0));
        line.amount = core::money::lineAmount(line.quantity, line.unitPrice, line.discount);
        result.append(line);
    }
    if (ok)
        *ok = allRead;
    return result;
}

core::Money OrderLinesEditor::total() const
{
    core::Money sum = 0;
    for (const core::OrderLine &line : lines())
        sum += line.amount;
    return sum;
}

void OrderLinesEditor::recompute(int row)
{
    if (row < 0 || !item(row, Amount) || !cellWidget(row, Discount))
        return;
    const QList<core::OrderLine> all = lines();
    item(row, Amount)->setText(format::money(all.at(row).amount));
    emit totalChanged(total());
}

} // namespace sb::ui
