// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sb::ui {

class BackgroundJob;
class RowOutcomeFilterModel;
class RowOutcomeModel;
class Workspace;
struct ImportSession;

/// Step 4: the dry run. The whole file is imported on a worker thread inside a
/// transaction that is rolled back, and every row's outcome is listed: new,
/// update (old → new), unchanged, skipped or error with its reason.
class ImportDryRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportDryRunPage(Workspace &workspace, ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();
    const RowOutcomeModel &outcomeModel() const { return *m_model; }
    RowOutcomeFilterModel &filterModel() const { return *m_filter; }
    /// Writes the rows with errors and skips as CSV; false (after saying why) on failure.
    bool saveErrorsTo(const QString &path);

signals:
    /// A dry run ended and its result (or failure) is on screen.
    void dryRunShown();

private:
    void run();
    void show(const QString &error);
    void saveErrors();

    Workspace &m_workspace;
    ImportSession &m_session;
    BackgroundJob *m_job;
    RowOutcomeModel *m_model;
    RowOutcomeFilterModel *m_filter;
    QComboBox *m_onError = nullptr;
    QCheckBox *m_createCustomers = nullptr;
    QCheckBox *m_createProducts = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_advice = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_saveErrors = nullptr;
    QPushButton *m_again = nullptr;
    bool m_runPending = false;
};

} // namespace sb::ui
