// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/customerspage.h"

#include "core/domain/error.h"
#include "core/storage/customerrepository.h"
#include "core/storage/revenuequeries.h"
#include "ui/common/abcrule.h"
#include "ui/common/backgroundjob.h"
#include "ui/common/columnchooser.h"
#include "ui/common/icons.h"
#include "ui/common/pageheader.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"
#include "ui/common/searchfield.h"
#include "ui/common/workspace.h"
#include "ui/customers/addcustomercommand.h"
#include "ui/customers/customerdetaildialog.h"
#include "ui/customers/customerdialog.h"
#include "ui/customers/customerfilterproxymodel.h"
#include "ui/customers/customertablemodel.h"
#include "ui/customers/deletecustomercommand.h"
#include "ui/customers/editcustomercommand.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <tuple>

namespace sb::ui {

namespace {

// Above this many customers, filtering waits for a pause in typing.
constexpr int immediateFilterLimit = 5000;

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    return button;
}

} // namespace

CustomersPage::CustomersPage(const PageContext &context, QWidget *parent)
    : Page(context, parent),
      m_model(new CustomerTableModel(this)),
      m_proxy(new CustomerFilterProxyModel(this)),
      m_loader(new BackgroundJob(this)),
      m_classWorker(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_proxy->setCustomerModel(m_model);
    buildActions();
    buildLayout();
    setupView();

    connect(&workspace(), &Workspace::changed, this, [this](const QString &entity) {
        static const QStringList affecting = {QStringLiteral("customers"), QStringLiteral("reps"),
                                              QStringLiteral("channels"), QStringLiteral("*")};
        if (affecting.contains(entity))
            reload();
        // Classes follow revenue, so orders matter too.
        if (entity == QLatin1String("orders") || entity == QLatin1String("customers")
            || entity == QLatin1String("*"))
            reloadClasses();
    });
    reload();
    reloadClasses();
}

// The header is gone by the time the chooser's own destructor would run: save now.
CustomersPage::~CustomersPage()
{
    m_columns->save();
}

void CustomersPage::buildActions()
{
    m_new = new QAction(icon(QStringLiteral("add")), tr("&New customer"), this);
    m_new->setIconText(tr("New"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Add a customer (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    connect(m_new, &QAction::triggered, this, &CustomersPage::openNewCustomerForm);

    m_edit = new QAction(icon(QStringLiteral("edit")), tr("&Edit customer…"), this);
    m_edit->setIconText(tr("Edit"));
    m_edit->setToolTip(tr("Open the selected customer (Enter)"));
    connect(m_edit, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openEditForm(current.row());
    });

    m_details = new QAction(icon(QStringLiteral("customers")), tr("Customer de&tails…"), this);
    m_details->setIconText(tr("Details"));
    m_details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_details->setToolTip(tr("Contacts, activities and lifecycle stage of the selected customer (%1)")
                              .arg(m_details->shortcut().toString(QKeySequence::NativeText)));
    connect(m_details, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openDetails(current.row());
    });

    m_delete = new QAction(icon(QStringLiteral("delete")), tr("&Delete customer"), this);
    m_delete->setIconText(tr("Delete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected customers (%1)")
                             .arg(m_delete->shortcut().toString(QKeySequence::NativeText)));
    connect(m_delete, &QAction::triggered, this, &CustomersPage::deleteSelected);

    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    // The shortcuts belong to this page, so other pages can use Ctrl+N and Del for their own records.
    for (QAction *action : {m_new, m_edit, m_details, m_delete, m_find}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void CustomersPage::buildLayout()
{
    auto *header = new PageHeader(tr("Customers"),
                                  tr("Everyone you sell to, with owner and lifecycle stage. "
                                     "Type to search; double-click a customer to open it."),
                                  this);

    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(
        tr("Search code, name, phone, region, owner… (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    connect(m_search, &SearchField::searchRequested, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        emit summaryChanged();
    });

    m_lifecycle = new QComboBox(this);
    m_lifecycle->setObjectName(QStringLiteral("lifecycleFilter"));
    m_lifecycle->addItem(tr("All lifecycle stages"), -1);
    for (core::LifecycleStage stage : core::lifecycle::all())
        m_lifecycle->addItem(core::lifecycle::displayName(stage), int(stage));
    connect(m_lifecycle, &QComboBox::currentIndexChanged, this, [this] {
        const int stage = m_lifecycle->currentData().toInt();
        m_proxy->setLifecycleFilter(
            stage < 0 ? std::nullopt : std::optional<core::LifecycleStage>(core::LifecycleStage(stage)));
        emit summaryChanged();
    });

    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_class->setToolTip(tr("ABC class by revenue over the last 12 months, with the method and thresholds of "
                           "the ABC segmentation page"));
    m_class->addItem(tr("All ABC classes"), -1);
    for (const core::abc::Class cls : core::abc::allClasses())
        m_class->addItem(core::abc::displayName(cls), int(cls));
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        const int cls = m_class->currentData().toInt();
        m_proxy->setClassFilter(cls < 0 ? std::nullopt
                                        : std::optional<core::abc::Class>(core::abc::Class(cls)));
        emit summaryChanged();
    });

    // Filled from the rows after each read (refillFilters); the first item keeps all.
    const std::tuple<QComboBox **, const char *, QString> valueFilters[]
        = {{&m_industry, "industryFilter", tr("All industries")},
           {&m_region, "regionFilter", tr("All regions")},
           {&m_owner, "ownerFilter", tr("All owners")}};
    for (const auto &[combo, name, all] : valueFilters) {
        *combo = new QComboBox(this);
        (*combo)->setObjectName(QLatin1String(name));
        (*combo)->addItem(all, QString());
        (*combo)->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        QComboBox *box = *combo;
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            const QString value = box->currentData().toString();
            if (box == m_industry)
                m_proxy->setIndustryFilter(value);
            else if (box == m_region)
                m_proxy->setRegionFilter(value);
            else
                m_proxy->setOwnerFilter(value);
            emit summaryChanged();
        });
    }

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_search, 2);
    bar->addStretch(1);
    for (QAction *action : {m_new, m_edit, m_details, m_delete})
        bar->addWidget(actionButton(action, this));

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    for (QComboBox *combo : {m_lifecycle, m_class, m_industry, m_region, m_owner})
        filters->addWidget(combo);
    filters->addStretch(1);

    m_view = new RecordTableView(this);
    m_view->setObjectName(QStringLiteral("customerTable"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
}

void CustomersPage::setupView()
{
    m_view->setModel(m_proxy);
    m_view->addActions({m_new, m_edit, m_details, m_delete});
    m_view->setColumnWidthsInCharacters({14, 36, 12, 10, 10, 10, 14, 16, 14, 6, 12, 12, 18, 26, 12, 18});
    QList<int> hidden;
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        if (CustomerTableModel::isHiddenByDefault(CustomerTableModel::Column(column)))
            hidden.append(column);
    }
    QHeaderView *header = m_view->horizontalHeader();
    m_proxy->sort(CustomerTableModel::Code, Qt::AscendingOrder);
    header->setSortIndicator(CustomerTableModel::Code, Qt::AscendingOrder);
    m_columns = new ColumnChooser(header, QStringLiteral("pages/customers"), hidden);

    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openEditForm(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CustomersPage::updateActions);
}

QString CustomersPage::summary() const
{
    if (m_loader->isBusy() && m_model->rowCount() == 0)
        return tr("Loading customers…");
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    if (shown == total)
        return total == 1 ? tr("1 customer") : tr("%1 customers").arg(locale.toString(total));
    return tr("%1 of %2 customers").arg(locale.toString(shown), locale.toString(total));
}

void CustomersPage::activate()
{
    m_view->setFocus(Qt::OtherFocusReason);
    // The ABC page may have changed the method or thresholds since the classes were read.
    const auto [method, thresholds] = AbcRule::saved();
    if (method != m_classMethod || thresholds.a != m_classThresholds.a || thresholds.b != m_classThresholds.b)
        reloadClasses();
}

bool CustomersPage::isLoading() const
{
    return m_loader->isBusy() || m_classWorker->isBusy();
}

void CustomersPage::reloadClasses()
{
    // Off the GUI thread: the revenue of every customer over the last 12 months,
    // classified by the method and thresholds of the ABC page.
    const QDate to = analysisAnchorDay(workspace().database());
    const QDate from = to.addMonths(-12).addDays(1);
    const AbcRule rule = AbcRule::saved();
    m_classMethod = rule.method;
    m_classThresholds = rule.thresholds;
    const core::abc::Method method = m_classMethod;
    const core::abc::Thresholds thresholds = m_classThresholds;
    m_classWorker->submitReading(
        workspace().database(),
        [this, from, to, method, thresholds](const core::Database &db) -> std::function<void()> {
            auto classes = std::make_shared<QHash<QString, core::abc::Class>>(
                core::customerClasses(db, from, to, thresholds, method));
            return [this, classes] {
                m_model->setClasses(std::move(*classes));
                // The class filter reads the classes directly, so it must look again.
                if (m_proxy->classFilter())
                    m_proxy->invalidate();
                emit summaryChanged();
                emit classesLoaded();
            };
        },
        [this](const QString &message) { workspace().reportError(message); });
}

void CustomersPage::reload()
{
    // The rows on screen stay until the new ones arrive; keep what the user had selected.
    if (!m_loader->isBusy()) {
        m_selectAfterLoad = selectedIds();
        m_currentAfterLoad = currentId();
    }
    // A read asked for while one runs replaces any waiting one: only the newest list shows.
    m_loader->submitReading(
        workspace().database(),
        [this](const core::Database &db) -> std::function<void()> {
            auto read = std::make_shared<CustomerRows>(CustomerRows::read(db));
            return [this, read] { showRows(std::move(*read)); };
        },
        [this](const QString &error) {
            workspace().reportError(error);
            showRows({});
        });
    emit summaryChanged();
}

void CustomersPage::showRows(CustomerRows read)
{
    m_model->setRows(std::move(read.rows), std::move(read.searchTexts));
    refillFilters();
    m_search->setDelay(m_model->rowCount() > immediateFilterLimit ? 150 : 0);
    selectIds(m_selectAfterLoad, m_currentAfterLoad);
    m_selectAfterLoad.clear();
    m_currentAfterLoad.clear();
    updateActions();
    emit summaryChanged();
    emit loaded();
}

void CustomersPage::refillFilters()
{
    QSet<QString> industries;
    QSet<QString> regions;
    QMap<QString, QString> owners; // name → id, so the list is sorted by name
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const core::CustomerListRow &r = m_model->rowAt(row);
        if (!r.customer.industry.isEmpty())
            industries.insert(r.customer.industry);
        if (!r.customer.region.isEmpty())
            regions.insert(r.customer.region);
        if (!r.customer.ownerRepId.isEmpty())
            owners.insert(r.ownerName.isEmpty() ? r.customer.ownerRepId : r.ownerName, r.customer.ownerRepId);
    }
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, QString>> &items) {
        // Keep the user's choice when it is still offered; the signals would reset the filter meanwhile.
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        return combo->currentData().toString() != current;
    };
    const auto sortedValues = [](const QSet<QString> &values) {
        QStringList list(values.cbegin(), values.cend());
        list.sort(Qt::CaseInsensitive);
        QList<std::pair<QString, QString>> items;
        for (const QString &value : std::as_const(list))
            items.append({value, value});
        return items;
    };
    QList<std::pair<QString, QString>> ownerItems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        ownerItems.append({it.key(), it.value()});
    if (refill(m_industry, sortedValues(industries)))
        m_proxy->setIndustryFilter({});
    if (refill(m_region, sortedValues(regions)))
        m_proxy->setRegionFilter({});
    if (refill(m_owner, ownerItems))
        m_proxy->setOwnerFilter({});
}

QList<core::CustomerMatchCandidate> CustomersPage::duplicateCandidates() const
{
    QList<core::CustomerMatchCandidate> candidates;
    candidates.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const core::Customer &c = m_model->rowAt(row).customer;
        candidates.append({c.meta.id, c.code, c.name, c.phone});
    }
    return candidates;
}

void CustomersPage::updateActions()
{
    const bool writable = !workspace().isReadOnly();
    const bool hasSelection = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_new->setEnabled(writable);
    m_edit->setEnabled(m_view->currentIndex().isValid());
    m_details->setEnabled(m_view->currentIndex().isValid());
    m_edit->setText(writable ? tr("&Edit customer…") : tr("&Open customer…"));
    m_edit->setIconText(writable ? tr("Edit") : tr("Open"));
    m_delete->setEnabled(writable && hasSelection);
}

CustomerDialog *CustomersPage::openNewCustomerForm()
{
    if (workspace().isReadOnly())
        return nullptr;
    core::Customer fresh;
    try {
        fresh.code = core::CustomerRepository(workspace().database()).nextCode();
    } catch (const core::Error &e) {
        workspace().reportError(e.message());
        return nullptr;
    }
    auto *dialog = new CustomerDialog(workspace().database(), fresh, this);
    dialog->setDuplicateCandidates(duplicateCandidates());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onDialogFinished(dialog, result); });
    dialog->open();
    return dialog;
}

CustomerDialog *CustomersPage::openEditForm(int proxyRow)
{
    const QString id = m_proxy->index(proxyRow, 0).data(IdRole).toString();
    if (id.isEmpty())
        return nullptr;
    std::optional<core::Customer> customer;
    try {
        customer = core::CustomerRepository(workspace().database()).findById(id);
    } catch (const core::Error &e) {
        workspace().reportError(e.message());
        return nullptr;
    }
    if (!customer) {
        reload();
        return nullptr;
    }
    auto *dialog = new CustomerDialog(workspace().database(), *customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReadOnly(workspace().isReadOnly());
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onDialogFinished(dialog, result); });
    dialog->open();
    return dialog;
}

CustomerDetailDialog *CustomersPage::openDetails(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    const QString id = index.data(IdRole).toString();
    if (id.isEmpty())
        return nullptr;
    const std::optional<core::abc::Class> cls = m_model->classAt(m_proxy->mapToSource(index).row());
    auto *dialog = new CustomerDetailDialog(workspace(), undoStack(), id, this);
    if (cls)
        dialog->setAbcClass(*cls);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CustomersPage::onDialogFinished(CustomerDialog *dialog, int result)
{
    if (result != QDialog::Accepted || workspace().isReadOnly())
        return;
    const core::Customer entered = dialog->customer();
    try {
        const core::CustomerRepository repository(workspace().database());
        if (entered.meta.id.isEmpty()) {
            undoStack().push(new AddCustomerCommand(workspace(), entered));
            // push() ran the command (a failed one reported itself and was dropped).
            if (const std::optional<core::Customer> stored = repository.findByCode(entered.code)) {
                m_selectAfterLoad = {stored->meta.id};
                m_currentAfterLoad = stored->meta.id;
            }
            return;
        }
        if (const std::optional<core::Customer> before = repository.findById(entered.meta.id))
            undoStack().push(new EditCustomerCommand(workspace(), *before, entered));
    } catch (const core::Error &e) {
        workspace().reportError(e.message());
    }
}

void CustomersPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || workspace().isReadOnly())
        return;
    const int row = m_model->rowOfId(ids.first());
    const QString question = ids.size() == 1
        ? tr("Delete the customer %1 (%2)?")
              .arg(m_model->rowAt(row).customer.code, m_model->rowAt(row).customer.name)
        : tr("Delete %1 customers?").arg(ids.size());
    const auto answer
        = QMessageBox::question(this, tr("Delete customers"),
                                question + QLatin1Char('\n') + tr("You can undo this with Edit → Undo."),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeCustomers(ids);
}

void CustomersPage::removeCustomers(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    const int row = m_model->rowOfId(ids.first());
    const QString label = ids.size() == 1 && row >= 0
        ? tr("customer %1").arg(m_model->rowAt(row).customer.code)
        : tr("%1 customers").arg(ids.size());
    undoStack().push(new DeleteCustomerCommand(workspace(), ids, label));
}

QStringList CustomersPage::selectedIds() const
{
    QStringList ids;
    if (!m_view || !m_view->selectionModel())
        return ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).toString());
    return ids;
}

QString CustomersPage::currentId() const
{
    return m_view ? m_view->currentIndex().data(IdRole).toString() : QString();
}

void CustomersPage::selectIds(const QStringList &ids, const QString &currentId)
{
    // One pass over the rows, however many customers were selected.
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    QItemSelection selection;
    QModelIndex current;
    for (int row = 0; row < m_model->rowCount() && (!wanted.isEmpty() || !currentId.isEmpty()); ++row) {
        const QString &id = m_model->rowAt(row).customer.meta.id;
        const bool isCurrent = id == currentId;
        if (!isCurrent && !wanted.contains(id))
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        if (wanted.contains(id))
            selection.select(index, index);
        if (isCurrent)
            current = index;
    }
    QItemSelectionModel *model = m_view->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (current.isValid()) {
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(current);
    }
}

} // namespace sb::ui
