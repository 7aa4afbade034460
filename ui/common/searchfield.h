// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QTimer>

namespace sb::ui {

/// The search box above a table: a magnifier, a clear button, and a search
/// that follows the typing — at once for small tables, after a short pause in
/// typing for large ones (setDelay), so typing never waits for filtering.
class SearchField final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    /// Milliseconds of typing pause before searchRequested; 0 searches on every key.
    void setDelay(int milliseconds);

signals:
    void searchRequested(const QString &text);

private:
    QTimer m_timer;
};

} // namespace sb::ui
