// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/customerdetaildialog.h"

#include "core/domain/error.h"
#include "core/storage/activityrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/referencelists.h"
#include "ui/common/abccolors.h"
#include "ui/common/format.h"
#include "ui/common/icons.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"
#include "ui/common/settingvalue.h"
#include "ui/common/workspace.h"
#include "ui/customers/activitydialog.h"
#include "ui/customers/activitytablemodel.h"
#include "ui/customers/addactivitycommand.h"
#include "ui/customers/addcontactcommand.h"
#include "ui/customers/contactdialog.h"
#include "ui/customers/contacttablemodel.h"
#include "ui/customers/deleteactivitycommand.h"
#include "ui/customers/deletecontactcommand.h"
#include "ui/customers/editactivitycommand.h"
#include "ui/customers/editcontactcommand.h"
#include "ui/customers/editcustomercommand.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

const SettingValue<QByteArray> &geometrySetting()
{
    static const SettingValue<QByteArray> setting(QStringLiteral("dialogs/customerDetail/geometry"));
    return setting;
}

// Dates, kinds, names and phones fit their columns; the free text takes the rest.
void fitColumns(RecordTableView *view, int stretching)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretching, QHeaderView::Stretch);
}

QString nameOf(const QList<core::ReferenceItem> &items, const QString &id)
{
    for (const core::ReferenceItem &item : items) {
        if (item.id == id)
            return item.name;
    }
    return {};
}

} // namespace

CustomerDetailDialog::CustomerDetailDialog(Workspace &workspace, QUndoStack &undoStack,
                                           const QString &customerId, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_undoStack(undoStack),
      m_customerId(customerId),
      m_writable(!workspace.isReadOnly()),
      m_contacts(new ContactTableModel(this)),
      m_activities(new ActivityTableModel(this))
{
    setObjectName(QStringLiteral("customerDetailDialog"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_classBadge = new QLabel(this);
    m_classBadge->setObjectName(QStringLiteral("classBadge"));
    m_classBadge->hide();

    auto *addContact = new QPushButton(icon(QStringLiteral("add")), tr("&Add contact…"), this);
    m_editContact = new QPushButton(icon(QStringLiteral("edit")), tr("&Edit contact…"), this);
    m_deleteContact = new QPushButton(icon(QStringLiteral("delete")), tr("Delete contact"), this);
    auto *addActivity = new QPushButton(icon(QStringLiteral("add")), tr("A&dd activity…"), this);
    m_editActivity = new QPushButton(icon(QStringLiteral("edit")), tr("Ed&it activity…"), this);
    m_deleteActivity = new QPushButton(icon(QStringLiteral("delete")), tr("Delete activity"), this);
    m_writeButtons
        = {addContact, m_editContact, m_deleteContact, addActivity, m_editActivity, m_deleteActivity};
    connect(addContact, &QPushButton::clicked, this, &CustomerDetailDialog::openNewContactForm);
    connect(m_editContact, &QPushButton::clicked, this,
            [this] { openContactForm(currentRow(m_contactView)); });
    connect(m_deleteContact, &QPushButton::clicked, this,
            [this] { deleteContact(currentRow(m_contactView)); });
    connect(addActivity, &QPushButton::clicked, this, &CustomerDetailDialog::openNewActivityForm);
    connect(m_editActivity, &QPushButton::clicked, this,
            [this] { openActivityForm(currentRow(m_activityView)); });
    connect(m_deleteActivity, &QPushButton::clicked, this,
            [this] { deleteActivity(currentRow(m_activityView)); });

    m_contactView = new RecordTableView(this);
    m_contactView->setObjectName(QStringLiteral("contactTable"));
    m_contactView->setModel(m_contacts);
    m_contactView->setSortingEnabled(false);
    fitColumns(m_contactView, ContactTableModel::Notes);
    m_activityView = new RecordTableView(this);
    m_activityView->setObjectName(QStringLiteral("activityTable"));
    m_activityView->setModel(m_activities);
    m_activityView->setSortingEnabled(false);
    fitColumns(m_activityView, ActivityTableModel::Summary);
    m_activities->setToday(QDate::currentDate());
    connect(m_contactView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openContactForm(index.row()); });
    connect(m_activityView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openActivityForm(index.row()); });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildListTab(m_activityView, {addActivity, m_editActivity, m_deleteActivity}), QString());
    m_tabs->addTab(buildListTab(m_contactView, {addContact, m_editContact, m_deleteContact}), QString());

    QAction *undo = m_undoStack.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *undoButton = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    auto *redoButton = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    undoButton->setIcon(icon(QStringLiteral("undo")));
    redoButton->setIcon(icon(QStringLiteral("redo")));
    connect(undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(redoButton, &QPushButton::clicked, redo, &QAction::trigger);
    connect(undo, &QAction::changed, undoButton, [undo, undoButton] {
        undoButton->setEnabled(undo->isEnabled());
        undoButton->setToolTip(undo->text());
    });
    connect(redo, &QAction::changed, redoButton, [redo, redoButton] {
        redoButton->setEnabled(redo->isEnabled());
        redoButton->setToolTip(redo->text());
    });
    undoButton->setEnabled(undo->isEnabled());
    redoButton->setEnabled(redo->isEnabled());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_classBadge);
    auto *body = new QHBoxLayout;
    body->addWidget(buildFieldsPanel());
    body->addWidget(m_tabs, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(&m_workspace, &Workspace::changed, this, [this](const QString &entity) {
        const bool all = entity == QLatin1String("*");
        if (all || entity == QLatin1String("customers") || entity == QLatin1String("reps")
            || entity == QLatin1String("channels"))
            reloadCustomer();
        if (all || entity == QLatin1String("contacts"))
            reloadContacts();
        if (all || entity == QLatin1String("activities"))
            reloadActivities();
    });
    reloadCustomer();
    reloadContacts();
    reloadActivities();
    if (!restoreGeometry(geometrySetting().get()))
        resize(QSize(1080, 620));
}

CustomerDetailDialog::~CustomerDetailDialog()
{
    geometrySetting().set(saveGeometry());
}

QWidget *CustomerDetailDialog::buildFieldsPanel()
{
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(300);
    panel->setMaximumWidth(380);
    auto *form = new QFormLayout(panel);
    form->setContentsMargins(0, 0, 8, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    m_lifecycle = new QComboBox(panel);
    m_lifecycle->setObjectName(QStringLiteral("lifecycle_stage"));
    for (const core::LifecycleStage stage : core::lifecycle::all())
        m_lifecycle->addItem(core::lifecycle::displayName(stage), int(stage));
    m_lifecycle->setEnabled(m_writable);
    connect(m_lifecycle, &QComboBox::currentIndexChanged, this,
            [this] { setLifecycle(core::LifecycleStage(m_lifecycle->currentData().toInt())); });
    form->addRow(tr("&Lifecycle stage:"), m_lifecycle);

    const std::pair<const char *, QString> fields[] = {{"industry", tr("Industry:")},
                                                       {"size_band", tr("Company size:")},
                                                       {"region", tr("Region:")},
                                                       {"owner", tr("Owner:")},
                                                       {"channel", tr("Channel:")},
                                                       {"source", tr("Source:")},
                                                       {"decision_maker", tr("Decision maker:")},
                                                       {"phone", tr("Phone:")},
                                                       {"email", tr("E-mail:")},
                                                       {"notes", tr("Notes:")}};
    for (const auto &[field, label] : fields) {
        auto *value = new QLabel(panel);
        value->setObjectName(QLatin1String(field) + QStringLiteral("Value"));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_values.insert(QLatin1String(field), value);
    }
    return panel;
}

QWidget *CustomerDetailDialog::buildListTab(RecordTableView *view, const QList<QPushButton *> &buttons)
{
    auto *tab = new QWidget(this);
    auto *bar = new QHBoxLayout;
    for (QPushButton *button : buttons)
        bar->addWidget(button);
    bar->addStretch();
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomerDetailDialog::updateButtons);
    return tab;
}

void CustomerDetailDialog::setAbcClass(core::abc::Class cls)
{
    const QColor color = abccolors::classColor(cls);
    m_classBadge->setText(core::abc::displayName(cls));
    m_classBadge->setToolTip(tr("ABC class by revenue over the last 12 months"));
    m_classBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; "
                                               "padding: 3px 10px; font-weight: bold; }")
                                    .arg(color.name()));
    m_classBadge->show();
}

void CustomerDetailDialog::reloadCustomer()
{
    try {
        const std::optional<core::Customer> found
            = core::CustomerRepository(m_workspace.database()).findById(m_customerId);
        if (!found) {
            m_title->setText(tr("This customer was deleted."));
            m_writable = false;
            updateButtons();
            return;
        }
        m_customer = *found;
        const QString owner
            = nameOf(core::ReferenceLists::reps(m_workspace.database()), m_customer.ownerRepId);
        const QString channel
            = nameOf(core::ReferenceLists::channels(m_workspace.database()), m_customer.channelId);
        const core::Customer &c = m_customer;
        setWindowTitle(tr("Customer %1").arg(c.code));
        m_title->setText(tr("%1 · %2").arg(c.code, c.name));
        const QString region
            = c.city.isEmpty() || c.city == c.region ? c.region : tr("%1, %2").arg(c.region, c.city);
        const QString boss = c.decisionMakerTitle.isEmpty()
            ? c.decisionMaker
            : tr("%1 (%2)").arg(c.decisionMaker, c.decisionMakerTitle);
        const std::pair<const char *, QString> values[] = {
            {"industry", c.industry}, {"size_band", c.sizeBand}, {"region", region},       {"owner", owner},
            {"channel", channel},     {"source", c.source},      {"decision_maker", boss}, {"phone", c.phone},
            {"email", c.email},       {"notes", c.notes}};
        for (const auto &[field, value] : values)
            m_values.value(QLatin1String(field))->setText(value.isEmpty() ? QStringLiteral("–") : value);
        const QSignalBlocker block(m_lifecycle);
        m_lifecycle->setCurrentIndex(m_lifecycle->findData(int(c.lifecycle)));
    } catch (const core::Error &e) {
        m_workspace.reportError(e.message());
    }
}

void CustomerDetailDialog::reloadContacts()
{
    const QString current = m_contactView->currentIndex().data(IdRole).toString();
    try {
        m_contacts->setContacts(
            core::ContactRepository(m_workspace.database()).listForCustomer(m_customerId));
    } catch (const core::Error &e) {
        m_workspace.reportError(e.message());
    }
    if (const int row = m_contacts->rowOfId(current); row >= 0)
        m_contactView->setCurrentIndex(m_contacts->index(row, 0));
    updateTabTitles();
    updateButtons();
}

void CustomerDetailDialog::reloadActivities()
{
    const QString current = m_activityView->currentIndex().data(IdRole).toString();
    try {
        m_activities->setActivities(
            core::ActivityRepository(m_workspace.database()).listForCustomer(m_customerId));
    } catch (const core::Error &e) {
        m_workspace.reportError(e.message());
    }
    if (const int row = m_activities->rowOfId(current); row >= 0)
        m_activityView->setCurrentIndex(m_activities->index(row, 0));
    updateTabTitles();
    updateButtons();
}

void CustomerDetailDialog::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Acti&vities (%1)").arg(m_activities->rowCount()));
    m_tabs->setTabText(1, tr("&Contacts (%1)").arg(m_contacts->rowCount()));
}

void CustomerDetailDialog::updateButtons()
{
    for (QPushButton *button : std::as_const(m_writeButtons))
        button->setEnabled(m_writable);
    const bool contact = m_writable && currentRow(m_contactView) >= 0;
    const bool activity = m_writable && currentRow(m_activityView) >= 0;
    m_editContact->setEnabled(contact);
    m_deleteContact->setEnabled(contact);
    m_editActivity->setEnabled(activity);
    m_deleteActivity->setEnabled(activity);
    m_lifecycle->setEnabled(m_writable);
}

int CustomerDetailDialog::currentRow(RecordTableView *view) const
{
    const QModelIndex index = view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void CustomerDetailDialog::setLifecycle(core::LifecycleStage stage)
{
    if (!m_writable || m_customer.meta.id.isEmpty() || stage == m_customer.lifecycle)
        return;
    core::Customer after = m_customer;
    after.lifecycle = stage;
    m_undoStack.push(new EditCustomerCommand(m_workspace, m_customer, after));
}

ContactDialog *CustomerDetailDialog::openNewContactForm()
{
    if (!m_writable)
        return nullptr;
    core::Contact fresh;
    fresh.customerId = m_customerId;
    try {
        fresh.code = core::ContactRepository(m_workspace.database()).nextCode();
    } catch (const core::Error &e) {
        m_workspace.reportError(e.message());
        return nullptr;
    }
    auto *dialog = new ContactDialog(fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onContactFormFinished(dialog, result); });
    dialog->open();
    return dialog;
}

ContactDialog *CustomerDetailDialog::openContactForm(int row)
{
    if (row < 0 || row >= m_contacts->rowCount())
        return nullptr;
    auto *dialog = new ContactDialog(m_contacts->contactAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onContactFormFinished(dialog, result); });
    dialog->open();
    return dialog;
}

void CustomerDetailDialog::onContactFormFinished(ContactDialog *dialog, int result)
{
    if (result != QDialog::Accepted || !m_writable)
        return;
    const core::Contact entered = dialog->contact();
    if (entered.meta.id.isEmpty()) {
        m_undoStack.push(new AddContactCommand(m_workspace, entered));
        return;
    }
    const int row = m_contacts->rowOfId(entered.meta.id);
    if (row >= 0)
        m_undoStack.push(new EditContactCommand(m_workspace, m_contacts->contactAt(row), entered));
}

void CustomerDetailDialog::deleteContact(int row)
{
    if (!m_writable || row < 0 || row >= m_contacts->rowCount())
        return;
    m_undoStack.push(new DeleteContactCommand(m_workspace, m_contacts->contactAt(row)));
}

ActivityDialog *CustomerDetailDialog::openNewActivityForm()
{
    if (!m_writable)
        return nullptr;
    core::Activity fresh;
    fresh.customerId = m_customerId;
    fresh.repId = m_customer.ownerRepId;
    fresh.date = QDate::currentDate();
    try {
        fresh.code = core::ActivityRepository(m_workspace.database()).nextCode();
    } catch (const core::Error &e) {
        m_workspace.reportError(e.message());
        return nullptr;
    }
    auto *dialog = new ActivityDialog(fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onActivityFormFinished(dialog, result); });
    dialog->open();
    return dialog;
}

ActivityDialog *CustomerDetailDialog::openActivityForm(int row)
{
    if (row < 0 || row >= m_activities->rowCount())
        return nullptr;
    auto *dialog = new ActivityDialog(m_activities->activityAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onActivityFormFinished(dialog, result); });
    dialog->open();
    return dialog;
}

void CustomerDetailDialog::onActivityFormFinished(ActivityDialog *dialog, int result)
{
    if (result != QDialog::Accepted || !m_writable)
        return;
    const core::Activity entered = dialog->activity();
    if (entered.meta.id.isEmpty()) {
        m_undoStack.push(new AddActivityCommand(m_workspace, entered));
        return;
    }
    const int row = m_activities->rowOfId(entered.meta.id);
    if (row >= 0)
        m_undoStack.push(new EditActivityCommand(m_workspace, m_activities->activityAt(row), entered));
}

void CustomerDetailDialog::deleteActivity(int row)
{
    if (!m_writable || row < 0 || row >= m_activities->rowCount())
        return;
    m_undoStack.push(new DeleteActivityCommand(m_workspace, m_activities->activityAt(row)));
}

} // namespace sb::ui
