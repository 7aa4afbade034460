// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"
#include "core/domain/customer.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace sb::ui {

class ActivityDialog;
class ActivityTableModel;
class ContactDialog;
class ContactTableModel;
class RecordTableView;
class Workspace;

/// Everything about one customer in one place: its fields, its ABC class, its
/// lifecycle stage (editable here), its contacts and its activity timeline,
/// each with add, edit and delete. Every change goes through the undo stack,
/// whose Undo and Redo the dialog offers itself (Ctrl+Z, Ctrl+Shift+Z).
class CustomerDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    CustomerDetailDialog(Workspace &workspace, QUndoStack &undoStack, const QString &customerId,
                         QWidget *parent = nullptr);
    ~CustomerDetailDialog() override;

    /// Shows the customer's ABC class (computed by the customer list).
    void setAbcClass(core::abc::Class cls);

    /// Opens the form for a new contact; accepting it adds the contact (one undo step).
    ContactDialog *openNewContactForm();
    /// Opens the form for the contact at `row`.
    ContactDialog *openContactForm(int row);
    /// Deletes the contact at `row` (one undo step).
    void deleteContact(int row);
    /// Opens the form for a new activity dated today; accepting it adds the activity.
    ActivityDialog *openNewActivityForm();
    /// Opens the form for the activity at `row`.
    ActivityDialog *openActivityForm(int row);
    /// Deletes the activity at `row` (one undo step).
    void deleteActivity(int row);
    /// Moves the customer to another lifecycle stage (one undo step).
    void setLifecycle(core::LifecycleStage stage);

    const core::Customer &customer() const { return m_customer; }
    ContactTableModel *contacts() const { return m_contacts; }
    ActivityTableModel *activities() const { return m_activities; }
    QComboBox *lifecycleCombo() const { return m_lifecycle; }

private:
    QWidget *buildFieldsPanel();
    QWidget *buildListTab(RecordTableView *view, const QList<QPushButton *> &buttons);
    void reloadCustomer();
    void reloadContacts();
    void reloadActivities();
    void updateButtons();
    void updateTabTitles();
    void onContactFormFinished(ContactDialog *dialog, int result);
    void onActivityFormFinished(ActivityDialog *dialog, int result);
    int currentRow(RecordTableView *view) const;

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    QString m_customerId;
    core::Customer m_customer;
    bool m_writable = false;
    ContactTableModel *m_contacts;
    ActivityTableModel *m_activities;
    QLabel *m_title = nullptr;
    QLabel *m_classBadge = nullptr;
    QHash<QString, QLabel *> m_values;
    QComboBox *m_lifecycle = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordTableView *m_contactView = nullptr;
    RecordTableView *m_activityView = nullptr;
    QPushButton *m_editContact = nullptr;
    QPushButton *m_deleteContact = nullptr;
    QPushButton *m_editActivity = nullptr;
    QPushButton *m_deleteActivity = nullptr;
    QList<QPushButton *> m_writeButtons;
};

} // namespace sb::ui
