// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"

#include <QHash>
#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace sb::ui {

/// Shows validation messages next to the fields of a form: each editor gets a
/// red message line under it and a red border while its field is invalid.
/// Fields are named as in sb::core::FieldError ("code", "email" …).
class FieldMessages final : public QObject
{
    Q_OBJECT

public:
    explicit FieldMessages(QWidget *form);

    /// Wraps `editor` with its message line; put the returned widget in the form layout.
    QWidget *add(const QString &field, QWidget *editor);
    /// Shows these errors and clears the others. Errors for fields without an
    /// editor are shown in the general message line, if one was set.
    void show(const core::FieldErrors &errors);
    void setGeneralLabel(QLabel *label);

    /// The message shown for `field`, empty when it is valid.
    QString message(const QString &field) const;
    /// The label that carries the message of `field` (for tests), or nullptr.
    QLabel *messageLabel(const QString &field) const;

private:
    struct Entry
    {
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
    };
    static void setInvalid(QWidget *editor, bool invalid);

    QWidget *m_form;
    QHash<QString, Entry> m_entries;
    QLabel *m_general = nullptr;
};

} // namespace sb::ui
