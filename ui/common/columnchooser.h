// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QHeaderView;

namespace sb::ui {

/// Lets the user show and hide a table's columns from the header's context
/// menu, and remembers the header (visible columns, order, widths, sorting)
/// in the settings under `settingsKey`.
class ColumnChooser final : public QObject
{
    Q_OBJECT

public:
    /// `hiddenByDefault` applies until the user has saved a layout of their own.
    ColumnChooser(QHeaderView *header, const QString &settingsKey, const QList<int> &hiddenByDefault);

    /// Writes the header state to the settings (also done shortly after every change).
    void save() const;
    /// Shows or hides a column; the last visible column cannot be hidden.
    void setColumnVisible(int column, bool visible);

private:
    void showMenu(const QPoint &pos);
    void restore(const QList<int> &hiddenByDefault);
    QString stateKey() const;

    QHeaderView *m_header;
    QString m_settingsKey;
    QTimer m_saveTimer;
};

} // namespace sb::ui
