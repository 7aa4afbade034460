// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace sb::ui {

/// The title line at the top of a page, with a one-sentence description under it.
class PageHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, const QString &description, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setDescription(const QString &description);

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace sb::ui
