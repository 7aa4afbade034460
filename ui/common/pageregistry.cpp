// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/pageregistry.h"

namespace sb::ui {

void PageRegistry::add(PageDescriptor page)
{
    Q_ASSERT(!page.name.isEmpty() && page.title && page.create);
    Q_ASSERT(!find(page.name));
    m_pages.append(std::move(page));
}

const PageDescriptor *PageRegistry::find(const QString &name) const
{
    for (const PageDescriptor &page : m_pages) {
        if (page.name == name)
            return &page;
    }
    return nullptr;
}

QStringList PageRegistry::names() const
{
    QStringList result;
    for (const PageDescriptor &page : m_pages)
        result.append(page.name);
    return result;
}

} // namespace sb::ui
