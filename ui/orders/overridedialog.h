// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contract.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QPushButton;

namespace sb::ui {

/// Asks for the reason to confirm an order whose contract review has flagged
/// points. Lists the flagged points with their notes and says that the override
/// is recorded in the history; the confirm button stays disabled until a
/// reason is typed. Enter confirms, Escape cancels.
class OverrideDialog final : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(const QString &orderNumber, const QList<core::ContractCheck> &flagged,
                   QWidget *parent = nullptr);

    /// The reason as typed, trimmed.
    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace sb::ui
