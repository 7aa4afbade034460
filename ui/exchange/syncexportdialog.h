// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sb::core {
class Database;
}

namespace sb::ui {

/// Asks where a sync package goes: the office it is for (offices packages were
/// exchanged with are offered), a full package or only the changes, and the
/// folder the package folder is created in.
class SyncExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncExportDialog(const core::Database &db, QWidget *parent = nullptr);

    core::SyncExportOptions options() const;
    /// The new package folder: parent folder / generated name.
    QString packageFolder() const;

private:
    void update();

    QString m_officeId;
    QString m_stamp;
    QComboBox *m_office = nullptr;
    QCheckBox *m_full = nullptr;
    QLineEdit *m_parent = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
