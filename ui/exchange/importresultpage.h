// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace sb::ui {

class BackgroundJob;
class Workspace;
struct ImportSession;

/// Step 6: what the import did (counts, the backup taken, the report written)
/// and a button that undoes it completely.
class ImportResultPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportResultPage(Workspace &workspace, ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isUndoing() const;

signals:
    /// The undo ended; `undone` tells whether the workspace was changed back.
    void undoEnded(bool undone);

private:
    void undo();

    Workspace &m_workspace;
    ImportSession &m_session;
    BackgroundJob *m_job;
    QLabel *m_summary = nullptr;
    QLabel *m_files = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_undoStatus = nullptr;
};

} // namespace sb::ui
