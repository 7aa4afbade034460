// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/orderdialog.h"

#include "core/storage/contractreview.h"
#include "core/storage/customerrepository.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/productrepository.h"
#include "core/storage/referencelists.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/format.h"
#include "ui/common/lookupcombo.h"
#include "ui/orders/orderlineseditor.h"
#include "ui/orders/ordertablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sb::ui {

OrderDialog::OrderDialog(const core::Database &db, std::optional<core::Order> existing, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(std::move(existing))
{
    setObjectName(QStringLiteral("orderDialog"));
    setWindowTitle(m_original ? tr("Order %1").arg(m_original->number) : tr("New order"));
    m_messages = new FieldMessages(this);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOrderTab(), tr("&Order"));
    m_tabs->addTab(buildChecklistTab(), tr("Contract &review"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("saveOrder"));
    save->setText(tr("Save"));
    save->setToolTip(tr("Save the order (Enter or Ctrl+Enter)"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Enter saves from anywhere, also from a focused button that would take a plain Enter.
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
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
    for (const core::ContractCheck &check : std::as_const(m_storedChecklist))
        setPoint(check.point, check.state, check.note);
    updateTotal();
    updateReviewSummary();
    m_customer->setFocus(Qt::OtherFocusReason);
    resize(940, 600);
}

QWidget *OrderDialog::buildOrderTab()
{
    auto *tab = new QWidget(this);
    m_number = new QLineEdit(tab);
    m_number->setObjectName(QStringLiteral("orderNumber"));
    m_customer = new LookupCombo(tab);
    m_customer->setObjectName(QStringLiteral("orderCustomer"));
    m_customer->lineEdit()->setPlaceholderText(tr("Type a customer code or name"));
    QHash<QString, QString> customerOwners;
    for (const core::CustomerListRow &row : core::CustomerRepository(m_db).list()) {
        m_customer->addItem(tr("%1 %2").arg(row.customer.code, row.customer.name), row.customer.meta.id);
        customerOwners.insert(row.customer.meta.id, row.customer.ownerRepId);
    }
    m_customer->setCurrentIndex(-1);
    m_opportunity = new LookupCombo(tab);
    m_opportunity->setObjectName(QStringLiteral("orderOpportunity"));
    m_opportunity->setToolTip(tr("The opportunity this order comes from, if any"));
    m_owner = new LookupCombo(tab);
    m_owner->setObjectName(QStringLiteral("orderOwner"));
    m_owner->addItem(tr("(no owner)"), QString());
    for (const core::ReferenceItem &rep : core::ReferenceLists::reps(m_db))
        m_owner->addItem(rep.name, rep.id);
    fillOpportunities({});
    connect(m_customer, &LookupCombo::idChanged, this, [this, customerOwners](const QString &id) {
        fillOpportunities(id);
        // A new order is usually the customer owner's: offer them until an owner is chosen.
        if (!m_original && m_owner->currentId().isEmpty() && !id.isEmpty())
            m_owner->setCurrentId(customerOwners.value(id));
    });

    m_orderDate = new QDateEdit(tab);
    m_orderDate->setObjectName(QStringLiteral("orderDate"));
    m_orderDate->setCalendarPopup(true);
    m_orderDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_paymentTerms = new QLineEdit(tab);
    m_paymentTerms->setObjectName(QStringLiteral("paymentTerms"));
    m_paymentTerms->setPlaceholderText(tr("e.g. 30 days net"));
    m_delivery = new QComboBox(tab);
    m_delivery->setObjectName(QStringLiteral("deliveryStatus"));
    for (const char *key : {"pending", "partial", "delivered"}) {
        const QString value = QString::fromLatin1(key);
        m_delivery->addItem(OrderTableModel::deliveryName(value), value);
    }
    m_notes = new QLineEdit(tab);
    m_notes->setObjectName(QStringLiteral("orderNotes"));

    auto *left = new QFormLayout;
    left->addRow(tr("&Number:"), m_messages->add(QStringLiteral("order_number"), m_number));
    left->addRow(tr("C&ustomer:"), m_messages->add(QStringLiteral("customer_code"), m_customer));
    left->addRow(tr("O&pportunity:"), m_opportunity);
    left->addRow(tr("O&wner:"), m_owner);
    auto *right = new QFormLayout;
    right->addRow(tr("Order &date:"), m_messages->add(QStringLiteral("order_date"), m_orderDate));
    right->addRow(tr("Pa&yment terms:"), m_paymentTerms);
    right->addRow(tr("De&livery status:"), m_delivery);
    right->addRow(tr("No&tes:"), m_notes);
    auto *fields = new QHBoxLayout;
    fields->addLayout(left, 3);
    fields->addSpacing(12);
    fields->addLayout(right, 2);

    m_lines = new OrderLinesEditor(core::ProductRepository(m_db).list(), tab);
    connect(m_lines, &OrderLinesEditor::totalChanged, this, &OrderDialog::updateTotal);
    auto *linesLabel = new QLabel(tr("L&ines:"), tab);
    linesLabel->setBuddy(m_lines);
    auto *addLine = new QPushButton(tr("&Add line (Insert)"), tab);
    addLine->setObjectName(QStringLiteral("addLine"));
    addLine->setAutoDefault(false);
    connect(addLine, &QPushButton::clicked, m_lines, [this] { m_lines->addLine(); });
    auto *removeLine = new QPushButton(tr("Re&move line (Delete)"), tab);
    removeLine->setAutoDefault(false);
    connect(removeLine, &QPushButton::clicked, m_lines, &OrderLinesEditor::removeCurrentLine);
    m_total = new QLabel(tab);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_reviewSummary = new QLabel(tab);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummary"));

    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch();
    lineButtons->addWidget(m_total);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(fields);
    layout->addWidget(linesLabel);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_reviewSummary);

    // Down the left column, then the right one, then the lines left to right.
    QWidget *order[] = {m_number,       m_customer, m_opportunity, m_owner, m_orderDate,
                        m_paymentTerms, m_delivery, m_notes,       m_lines};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_lines->setTabAfterLines(addLine);
    setTabOrder(addLine, removeLine);
    return tab;
}

QWidget *OrderDialog::buildChecklistTab()
{
    auto *tab = new QWidget(this);
    auto *grid = new QGridLayout(tab);
    auto *intro = new QLabel(tr("Confirm each point or flag it with a note: in a state field, C confirms, "
                                "F flags and U unchecks. "
                                "A flagged point blocks confirming the order unless it is overridden "
                                "with a reason, which the history records."),
                             tab);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    int row = 1;
    QWidget *previous = nullptr;
    for (core::ContractPoint point : core::contractpoint::all()) {
        auto *state = new QComboBox(tab);
        state->setObjectName(QStringLiteral("pointState_") + core::contractpoint::key(point));
        state->setAccessibleName(core::contractpoint::displayName(point));
        for (core::CheckState s : core::checkstate::all())
            state->addItem(core::checkstate::displayName(s), int(s));
        connect(state, &QComboBox::currentIndexChanged, this, &OrderDialog::updateReviewSummary);
        state->installEventFilter(this);
        state->setToolTip(tr("C confirmed, F flagged, U unchecked"));
        auto *note = new QLineEdit(tab);
        note->setObjectName(QStringLiteral("pointNote_") + core::contractpoint::key(point));
        note->setPlaceholderText(tr("Note"));
        note->setAccessibleName(tr("Note on %1").arg(core::contractpoint::displayName(point)));
        connect(note, &QLineEdit::textChanged, this, &OrderDialog::updateReviewSummary);
        // Alt+1 … Alt+5 jump to a point.
        auto *label = new QLabel(
            QStringLiteral("&%1  %2").arg(row).arg(core::contractpoint::displayName(point)), tab);
        label->setBuddy(state);
        grid->addWidget(label, row, 0);
        grid->addWidget(state, row, 1);
        grid->addWidget(note, row, 2);
        if (previous)
            setTabOrder(previous, state);
        setTabOrder(state, note);
        previous = note;
        m_pointStates.append(state);
        m_pointNotes.append(note);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    return tab;
}

bool OrderDialog::eventFilter(QObject *watched, QEvent *event)
{
    auto *state = qobject_cast<QComboBox *>(watched);
    if (event->type() != QEvent::KeyPress || !state || !m_pointStates.contains(state))
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    std::optional<core::CheckState> chosen;
    switch (key->key()) {
    case Qt::Key_C:
        chosen = core::CheckState::Confirmed;
        break;
    case Qt::Key_F:
        chosen = core::CheckState::Flagged;
        break;
    case Qt::Key_U:
        chosen = core::CheckState::Unchecked;
        break;
    default:
        return false;
    }
    state->setCurrentIndex(state->findData(int(*chosen)));
    return true;
}

QComboBox *OrderDialog::pointState(core::ContractPoint point) const
{
    return m_pointStates.value(core::contractpoint::all().indexOf(point));
}

QLineEdit *OrderDialog::pointNote(core::ContractPoint point) const
{
    return m_pointNotes.value(core::contractpoint::all().indexOf(point));
}

void OrderDialog::setPoint(core::ContractPoint point, core::CheckState state, const QString &note)
{
    QComboBox *stateBox = pointState(point);
    QLineEdit *noteField = pointNote(point);
    if (!stateBox || !noteField)
        return;
    stateBox->setCurrentIndex(stateBox->findData(int(state)));
    noteField->setText(note);
}

void OrderDialog::showReviewTab()
{
    m_tabs->setCurrentIndex(1);
    m_pointStates.first()->setFocus(Qt::OtherFocusReason);
}

QList<core::ContractCheck> OrderDialog::checklist() const
{
    QList<core::ContractCheck> result;
    const QList<core::ContractPoint> points = core::contractpoint::all();
    for (int i = 0; i < points.size(); ++i) {
        core::ContractCheck check;
        check.orderId = m_original ? m_original->meta.id : QString();
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
        if (now.at(i).state != m_storedChecklist.at(i).state
            || now.at(i).note != m_storedChecklist.at(i).note)
            return true;
    return false;
}

void OrderDialog::fill(const core::Order &order)
{
    m_number->setText(order.number);
    m_customer->setCurrentId(order.customerId);
    fillOpportunities(order.customerId);
    m_opportunity->setCurrentId(order.opportunityId);
    m_owner->setCurrentId(order.ownerRepId);
    m_orderDate->setDate(order.orderDate);
    m_paymentTerms->setText(order.paymentTerms);
    m_delivery->setCurrentIndex(qMax(0, m_delivery->findData(order.deliveryStatus)));
    m_notes->setText(order.notes);
    m_lines->setLines(order.lines);
}

void OrderDialog::fillOpportunities(const QString &customerId)
{
    const QString keep = m_opportunity->currentId();
    const QSignalBlocker blocker(m_opportunity);
    m_opportunity->clear();
    m_opportunity->addItem(tr("(no opportunity)"), QString());
    if (!customerId.isEmpty()) {
        for (const core::Opportunity &o : core::OpportunityRepository(m_db).listForCustomer(customerId))
            m_opportunity->addItem(tr("%1 %2").arg(o.code, o.title), o.meta.id);
    }
    m_opportunity->setCurrentId(keep);
}

core::Order OrderDialog::order() const
{
    core::Order order = m_original.value_or(core::Order{});
    order.number = m_number->text().trimmed();
    order.customerId = m_customer->currentId();
    order.opportunityId = m_opportunity->currentId();
    order.ownerRepId = m_owner->currentId();
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
    m_total->setText(tr("Total: %1").arg(format::money(m_lines->total())));
}

void OrderDialog::updateReviewSummary()
{
    if (!m_reviewSummary)
        return;
    int flagged = 0;
    int confirmed = 0;
    QStringList flags;
    const QList<core::ContractPoint> points = core::contractpoint::all();
    for (int i = 0; i < m_pointStates.size() && i < m_pointNotes.size(); ++i) {
        const auto s = core::CheckState(m_pointStates.at(i)->currentData().toInt());
        flagged += s == core::CheckState::Flagged ? 1 : 0;
        confirmed += s == core::CheckState::Confirmed ? 1 : 0;
        if (s == core::CheckState::Flagged) {
            const QString note = m_pointNotes.at(i)->text().trimmed();
            const QString name = core::contractpoint::displayName(points.at(i));
            flags.append(note.isEmpty() ? name : tr("%1 (%2)").arg(name, note));
        }
    }
    const int open = int(m_pointStates.size()) - flagged - confirmed;
    QString summary = tr("Contract review (Alt+R): %1 flagged, %2 confirmed, %3 to check")
                          .arg(flagged)
                          .arg(confirmed)
                          .arg(open);
    if (!flags.isEmpty())
        summary += QLatin1Char('\n') + tr("Flagged: %1").arg(flags.join(QStringLiteral("; ")));
    m_reviewSummary->setText(summary);
    m_reviewSummary->setStyleSheet(flagged > 0 ? QStringLiteral("color: #b03020; font-weight: 600")
                                               : QString());
}

void OrderDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        core::FieldErrors errors = core::validate(order());
        bool pricesRead = true;
        m_lines->lines(&pricesRead);
        if (!pricesRead)
            errors.append(
                {QStringLiteral("unit_price"), tr("A unit price is not a number with up to four decimals.")});
        if (!m_customer->currentText().trimmed().isEmpty() && m_customer->currentId().isEmpty()) {
            errors.removeIf(
                [](const core::FieldError &e) { return e.field == QStringLiteral("customer_code"); });
            errors.append({QStringLiteral("customer_code"),
                           tr("No single customer matches “%1”; pick one from the list.")
                               .arg(m_customer->currentText().trimmed())});
        }
        m_messages->show(errors);
        if (!errors.isEmpty()) {
            m_tabs->setCurrentIndex(0);
            return;
        }
    }
    QDialog::done(result);
}

} // namespace sb::ui
