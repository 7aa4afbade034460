// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/orderdialog.h"

#include "core/storage/contractreview.h"
#include "core/storage/customerrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"
#include "ui/orders/orderlineseditor.h"
#include "ui/orders/ordertablemodel.h"
#include "ui/widgets/fieldmessages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sb::ui {

OrderDialog::OrderDialog(const core::Database &db, std::optional<core::Order> existing, QWidget *parent)
    : QDialog(parent), m_original(std::move(existing))
{
    setObjectName(QStringLiteral("orderDialog"));
    setWindowTitle(m_original ? tr("Order %1").arg(m_original->number) : tr("New order"));
    m_messages = new FieldMessages(this);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOrderTab(db), tr("&Order"));
    m_tabs->addTab(buildChecklistTab(), tr("Contract &review"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the order (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QDialog::accept);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #b03020"));
    m_general->hide();
    m_messages->setGeneralLabel(m_general);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    if (m_original) {
        fill(*m_original);
        m_storedChecklist = core::ContractReview(db).checklist(m_original->meta.id);
    } else {
        m_number->setText(core::OrderRepository(db).nextNumber());
        m_orderDate->setDate(QDate::currentDate());
        for (core::ContractPoint point : core::contractpoint::all()) {
            core::ContractCheck check;
            check.point = point;
            m_storedChecklist.append(check);
        }
    }
    for (const core::ContractCheck &check : m_storedChecklist)
        setPoint(check.point, check.state, check.note);
    updateTotal();
    resize(860, 560);
}

QWidget *OrderDialog::buildOrderTab(const core::Database &db)
{
    auto *tab = new QWidget(this);
    m_number = new QLineEdit(tab);
    m_number->setObjectName(QStringLiteral("orderNumber"));
    m_customer = new QComboBox(tab);
    m_customer->setObjectName(QStringLiteral("orderCustomer"));
    m_customer->addItem(tr("(choose a customer)"), QString());
    for (const core::CustomerListRow &row : core::CustomerRepository(db).list())
        m_customer->addItem(tr("%1 %2").arg(row.customer.code, row.customer.name), row.customer.meta.id);
    m_orderDate = new QDateEdit(tab);
    m_orderDate->setCalendarPopup(true);
    m_orderDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_paymentTerms = new QLineEdit(tab);
    m_paymentTerms->setPlaceholderText(tr("e.g. 30 days net"));
    m_delivery = new QComboBox(tab);
    for (const char *key : {"pending", "partial", "delivered"}) {
        const QString value = QString::fromLatin1(key);
        m_delivery->addItem(OrderTableModel::deliveryName(value), value);
    }
    m_notes = new QLineEdit(tab);

    auto *form = new QFormLayout;
    form->addRow(tr("&Number:"), m_messages->add(QStringLiteral("order_number"), m_number));
    form->addRow(tr("C&ustomer:"), m_messages->add(QStringLiteral("customer_code"), m_customer));
    form->addRow(tr("Order &date:"), m_messages->add(QStringLiteral("order_date"), m_orderDate));
    form->addRow(tr("&Payment terms:"), m_paymentTerms);
    form->addRow(tr("De&livery status:"), m_delivery);
    form->addRow(tr("No&tes:"), m_notes);

    m_lines = new OrderLinesEditor(core::ProductRepository(db).list(), tab);
    connect(m_lines, &OrderLinesEditor::totalChanged, this, &OrderDialog::updateTotal);
    auto *addLine = new QPushButton(tr("&Add line (Insert)"), tab);
    connect(addLine, &QPushButton::clicked, m_lines, [this] { m_lines->addLine(); });
    auto *removeLine = new QPushButton(tr("Re&move line (Delete)"), tab);
    connect(removeLine, &QPushButton::clicked, m_lines, &OrderLinesEditor::removeCurrentLine);
    m_total = new QLabel(tab);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch();
    lineButtons->addWidget(m_total);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Lines:"), tab));
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    return tab;
}

QWidget *OrderDialog::buildChecklistTab()
{
    auto *tab = new QWidget(this);
    auto *grid = new QGridLayout(tab);
    grid->addWidget(new QLabel(tr("A flagged point blocks confirming the order unless it is overridden "
                                  "with a reason."),
                               tab),
                    0, 0, 1, 3);
    int row = 1;
    for (core::ContractPoint point : core::contractpoint::all()) {
        auto *state = new QComboBox(tab);
        state->setAccessibleName(core::contractpoint::displayName(point));
        for (core::CheckState s : core::checkstate::all())
            state->addItem(core::checkstate::displayName(s), int(s));
        auto *note = new QLineEdit(tab);
        note->setPlaceholderText(tr("Note"));
        note->setAccessibleName(tr("Note on %1").arg(core::contractpoint::displayName(point)));
        auto *label = new QLabel(core::contractpoint::displayName(point), tab);
        label->setBuddy(state);
        grid->addWidget(label, row, 0);
        grid->addWidget(state, row, 1);
        grid->addWidget(note, row, 2);
        m_pointStates.append(state);
        m_pointNotes.append(note);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    return tab;
}

void OrderDialog::setPoint(core::ContractPoint point, core::CheckState state, const QString &note)
{
    const int i = int(core::contractpoint::all().indexOf(point));
    if (i < 0)
        return;
    m_pointStates.at(i)->setCurrentIndex(m_pointStates.at(i)->findData(int(state)));
    m_pointNotes.at(i)->setText(note);
}

QList<core::ContractCheck> OrderDialog::checklist() const
{
    QList<core::ContractCheck> result;
    const QList<core::ContractPoint> points = core::contractpoint::all();
    for (int i = 0; i < points.size(); ++i) {
        core::ContractCheck check;
        check.point = points.at(i);
        check.state = core::CheckState(m_pointStates.at(i)->currentData().toInt());
        check.note = m_pointNotes.at(i)->text().trimmed();
        result.append(check);
    }
    return result;
}

bool OrderDialog::checklistChanged() const
{
    const QList<core::ContractCheck> now = checklist();
    for (int i = 0; i < now.size() && i < m_storedChecklist.size(); ++i)
        if (now.at(i).state != m_storedChecklist.at(i).state || now.at(i).note != m_storedChecklist.at(i).note)
            return true;
    return false;
}

void OrderDialog::fill(const core::Order &order)
{
    m_number->setText(order.number);
    m_customer->setCurrentIndex(qMax(0, m_customer->findData(order.customerId)));
    m_orderDate->setDate(order.orderDate);
    m_paymentTerms->setText(order.paymentTerms);
    m_delivery->setCurrentIndex(qMax(0, m_delivery->findData(order.deliveryStatus)));
    m_notes->setText(order.notes);
    m_lines->setLines(order.lines);
}

core::Order OrderDialog::order() const
{
    core::Order order = m_original.value_or(core::Order{});
    order.number = m_number->text().trimmed();
    order.customerId = m_customer->currentData().toString();
    order.orderDate = m_orderDate->date();
    order.paymentTerms = m_paymentTerms->text().trimmed();
    order.deliveryStatus = m_delivery->currentData().toString();
    order.notes = m_notes->text().trimmed();
    order.lines = m_lines->lines();
    for (core::OrderLine &line : order.lines)
        line.orderId = order.meta.id;
    order.amount = core::orderAmount(order);
    return order;
}

void OrderDialog::updateTotal()
{
    m_total->setText(tr("Total: %1").arg(QLocale().toString(double(m_lines->total()) / 100.0, 'f', 2)));
}

void OrderDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        core::FieldErrors errors = core::validate(order());
        bool pricesRead = true;
        m_lines->lines(&pricesRead);
        if (!pricesRead)
            errors.append({QStringLiteral("unit_price"), tr("A unit price is not a number with up to four decimals.")});
        m_messages->show(errors);
        if (!errors.isEmpty()) {
            m_tabs->setCurrentIndex(0);
            return;
        }
    }
    QDialog::done(result);
}

} // namespace sb::ui
