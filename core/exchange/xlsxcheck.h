// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sb::core::xlsxcheck {

/// The rows a worksheet must hold: how many have a cell, and the last of them (1-based).
struct SheetRows
{
    quint32 count = 0;
    quint32 last = 0;
};

/// Reads the workbook at `path` back: empty when every part in it is complete, else what
/// is wrong ("xl/worksheets/sheet1.xml: 812 of 1001 rows"). libxlsxwriter assembles the
/// parts in temporary files and does not notice when writing them fails (a full disk gives
/// a truncated sheet and "no error"): this is where that shows. The small parts are parsed
/// as XML; the worksheet, which can be hundreds of megabytes, is scanned for its rows, in
/// order, and its end.
QString problem(const QString &path, SheetRows sheetRows);

} // namespace sb::core::xlsxcheck
