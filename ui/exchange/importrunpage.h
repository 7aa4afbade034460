// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace sb::ui {

class BackgroundJob;
class Workspace;
struct ImportSession;

/// Step 5: the import itself, on a worker thread, in one transaction after a
/// backup. Cancel stops it before anything is committed. When it is done the
/// workspace tells every page to refresh and the wizard moves to the result.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(Workspace &workspace, ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    /// Asks the running import to stop; nothing is written when it stops in time.
    void cancel();

signals:
    /// The import ended: committed, cancelled or failed (the page says which).
    void importEnded(bool committed);

private:
    void start();
    void ended(const QString &status, const QString &error);

    Workspace &m_workspace;
    ImportSession &m_session;
    BackgroundJob *m_job;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    bool m_committed = false;
};

} // namespace sb::ui
