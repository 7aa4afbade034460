// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace sb::ui {

class FieldMessages;
class Workspace;

/// Asked when a deal is moved to lost: why (one of the lost reasons, required)
/// and to which competitor, if any. OK stays disabled until a reason is chosen.
/// The editors are named "lost_reason" and "lost_competitor".
class LostReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `dealLabel` names the deal in the question ("O-000123 · Harbour Foods").
    LostReasonDialog(Workspace &workspace, const QString &dealLabel, QWidget *parent = nullptr);

    QString reason() const;
    QString competitor() const;
    /// Chooses a reason by its name (for keyboard users typing, and for tests).
    bool setReason(const QString &name);
    void setCompetitor(const QString &name);
    bool isInputValid() const;
    const FieldMessages &messages() const { return *m_messages; }

    void done(int result) override;

private:
    void fillReasons();
    void revalidate();

    Workspace &m_workspace;
    FieldMessages *m_messages = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_competitor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
