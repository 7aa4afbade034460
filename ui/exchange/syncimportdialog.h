// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncimport.h"

#include <QDialog>

class QTableWidget;

namespace sb::ui {

/// What a sync package would change, from a dry run, before it is imported: the
/// package, the records per kind (new, updated, deleted, unchanged, conflicts)
/// and any warning such as a gap in the sequence. Accepting it imports the package.
class SyncImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncImportDialog(const core::SyncImportResult &preview, QWidget *parent = nullptr);

    /// The table of counts, one row per kind of record the package carries.
    const QTableWidget *counts() const { return m_counts; }

private:
    QTableWidget *m_counts = nullptr;
};

} // namespace sb::ui
