// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QUndoStack;

namespace sb::ui {

class Workspace;

/// What a page needs from the main window. Both outlive the page: the main
/// window destroys its pages before it closes a workspace.
struct PageContext
{
    Workspace *workspace = nullptr;
    QUndoStack *undoStack = nullptr;
};

/// Base of the pages in the main window's central area.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(const PageContext &context, QWidget *parent = nullptr);

    /// A short line for the status bar, e.g. "12 of 300 customers".
    virtual QString summary() const { return {}; }
    /// Called when the page becomes the current one (e.g. to focus its table).
    virtual void activate() { }
    /// True while the page is still reading its data in the background.
    virtual bool isLoading() const { return false; }

signals:
    void summaryChanged();
    /// Asks the window to show the change history of these records (audit log ids),
    /// described for the dialog's title, e.g. "order SO-1001 with its lines".
    void historyRequested(const QStringList &recordIds, const QString &description);

protected:
    Workspace &workspace() const { return *m_context.workspace; }
    QUndoStack &undoStack() const { return *m_context.undoStack; }

private:
    PageContext m_context;
};

} // namespace sb::ui
