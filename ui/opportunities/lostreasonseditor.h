// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace sb::ui {

class Workspace;

/// "Edit lost reasons…": add, rename and remove the reasons offered when a deal
/// is marked lost. Changes are saved at once (they are settings, not undone).
class LostReasonsEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit LostReasonsEditor(Workspace &workspace, QWidget *parent = nullptr);

    /// Adds a reason; returns an error message, empty on success.
    QString addReason(const QString &name);
    /// Renames the reason at `row` of the list; returns an error message, empty on success.
    QString renameReason(int row, const QString &name);
    /// Removes the reason at `row`; returns an error message, empty on success.
    QString removeReason(int row);
    QListWidget *list() const { return m_list; }

private:
    void reload(const QString &selectId = {});
    void updateButtons();
    void report(const QString &error);

    Workspace &m_workspace;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace sb::ui
