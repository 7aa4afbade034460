// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/importsession.h"

namespace sb::ui {

core::ImportOptions ImportSession::options(bool dryRunOnly) const
{
    core::ImportOptions o;
    o.entity = entity;
    o.encoding = encoding;
    o.delimiter = delimiter;
    core::ImportMapping m = mapping;
    m.entity = entity;
    // The wizard's own choices decide the format, whatever a loaded mapping said.
    m.encoding = QStringLiteral("auto");
    m.delimiter = QStringLiteral("auto");
    m.dateOrder.clear();
    o.mapping = m;
    o.dryRun = dryRunOnly;
    o.onError = onError;
    if (entity == u"order-lines")
        o.createMissing = createMissing;
    o.dateOrder = dateOrder;
    o.locale = locale;
    return o;
}

core::ImportMapping ImportSession::mappingToSave() const
{
    core::ImportMapping m = mapping;
    m.entity = entity;
    m.encoding = encoding ? core::textencoding::name(*encoding) : QStringLiteral("auto");
    if (delimiter.isNull())
        m.delimiter = QStringLiteral("auto");
    else
        m.delimiter = delimiter == u'\t' ? QStringLiteral("tab") : QString(delimiter);
    switch (dateOrder) {
    case core::parse::DateOrder::DayFirst:
        m.dateOrder = QStringLiteral("dmy");
        break;
    case core::parse::DateOrder::MonthFirst:
        m.dateOrder = QStringLiteral("mdy");
        break;
    case core::parse::DateOrder::Unknown:
        m.dateOrder.clear();
        break;
    }
    return m;
}

void ImportSession::adoptFormatOf(const core::ImportMapping &loaded)
{
    if (loaded.encoding != u"auto") {
        if (const auto e = core::textencoding::fromName(loaded.encoding))
            encoding = e;
    }
    if (loaded.delimiter == u"tab" || loaded.delimiter == u"\\t")
        delimiter = u'\t';
    else if (loaded.delimiter.size() == 1)
        delimiter = loaded.delimiter.front();
    if (loaded.dateOrder == u"dmy")
        dateOrder = core::parse::DateOrder::DayFirst;
    else if (loaded.dateOrder == u"mdy")
        dateOrder = core::parse::DateOrder::MonthFirst;
}

} // namespace sb::ui
