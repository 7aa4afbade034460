// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"

#include <QList>
#include <QString>

#include <functional>

namespace sb::ui {

/// How the main window offers a page: its --page name, its translated title,
/// its icon and a factory. Pages are created when first shown.
struct PageDescriptor
{
    QString name; ///< stable name used by --page ("customers")
    std::function<QString()> title; ///< translated title for the navigation and header
    QString icon; ///< icon name under :/icons/ without ".svg"
    std::function<Page *(const PageContext &, QWidget *parent)> create;
};

/// The pages of the main window, in navigation order.
class PageRegistry final
{
public:
    void add(PageDescriptor page);
    const QList<PageDescriptor> &pages() const { return m_pages; }
    /// The page with this --page name, or nullptr.
    const PageDescriptor *find(const QString &name) const;
    QStringList names() const;

private:
    QList<PageDescriptor> m_pages;
};

} // namespace sb::ui
