// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"
#include "core/domain/customermatcher.h"
#include "core/storage/customerrepository.h"
#include "ui/common/page.h"

#include <QStringList>

class QAction;
class QComboBox;

namespace sb::ui {

class BackgroundJob;
class ColumnChooser;
class CustomerDetailDialog;
class CustomerDialog;
class CustomerFilterProxyModel;
struct CustomerRows;
class CustomerTableModel;
class RecordTableView;
class SearchField;

/// The customer list: search as you type, filters by lifecycle stage, ABC class,
/// industry, region and owner, sortable columns, a column chooser, the customer
/// form for new and existing customers and the customer detail with contacts and
/// activities. Every change goes through the undo stack.
class CustomersPage final : public Page
{
    Q_OBJECT

public:
    explicit CustomersPage(const PageContext &context, QWidget *parent = nullptr);
    ~CustomersPage() override;

    QString summary() const override;
    void activate() override;

    /// Opens the form for a new customer; saving it pushes an AddCustomerCommand.
    CustomerDialog *openNewCustomerForm();
    /// Opens the form for the customer at `proxyRow` of the table.
    CustomerDialog *openEditForm(int proxyRow);
    /// Opens the detail (contacts, activities, lifecycle) of the customer at `proxyRow`.
    CustomerDetailDialog *openDetails(int proxyRow);
    /// Asks for confirmation, then deletes the selected customers.
    void deleteSelected();
    /// Deletes customers by id without asking (one undo step).
    void removeCustomers(const QStringList &ids);

    bool isLoading() const override;

    CustomerTableModel *model() const { return m_model; }
    CustomerFilterProxyModel *proxy() const { return m_proxy; }
    RecordTableView *view() const { return m_view; }
    SearchField *searchField() const { return m_search; }
    QComboBox *classFilter() const { return m_class; }
    QComboBox *industryFilter() const { return m_industry; }
    QComboBox *regionFilter() const { return m_region; }
    QComboBox *ownerFilter() const { return m_owner; }

signals:
    /// The table shows fresh rows (after the first read and after every change).
    void loaded();
    /// The ABC classes of the customers arrived (after the first read and after every change).
    void classesLoaded();

private:
    void buildActions();
    void buildLayout();
    void setupView();
    void reload();
    void reloadClasses();
    void refillFilters();
    QList<core::CustomerMatchCandidate> duplicateCandidates() const;
    void showRows(CustomerRows read);
    void updateActions();
    void onDialogFinished(CustomerDialog *dialog, int result);
    void selectIds(const QStringList &ids, const QString &currentId);
    QStringList selectedIds() const;
    QString currentId() const;

    CustomerTableModel *m_model;
    CustomerFilterProxyModel *m_proxy;
    BackgroundJob *m_loader; ///< reads the customer list
    BackgroundJob *m_classWorker;
    QStringList m_selectAfterLoad;
    QString m_currentAfterLoad;
    RecordTableView *m_view = nullptr;
    SearchField *m_search = nullptr;
    QComboBox *m_lifecycle = nullptr;
    QComboBox *m_class = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_owner = nullptr;
    ColumnChooser *m_columns = nullptr;
    core::abc::Method m_classMethod = core::abc::Method::Revenue; ///< of the classes shown
    core::abc::Thresholds m_classThresholds;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_details = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
};

} // namespace sb::ui
