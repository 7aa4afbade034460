// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTableView>

namespace sb::ui {

/// A table of records set up the same way on every page: whole-row selection,
/// alternating rows, sortable and movable columns, no in-place editing, and
/// fixed row heights so tens of thousands of rows lay out at once.
class RecordTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent = nullptr);

    /// Sizes the columns in average character widths, never narrower than the header text.
    void setColumnWidthsInCharacters(const QList<int> &widths);
};

} // namespace sb::ui
