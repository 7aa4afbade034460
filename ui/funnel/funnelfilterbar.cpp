// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/funnelfilterbar.h"

#include "core/domain/error.h"
#include "core/storage/opportunityqueries.h"
#include "core/storage/referencelists.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace sb::ui {

namespace {

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
}

void refill(QComboBox *box, const QString &allText, const QList<std::pair<QString, QString>> &items)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    for (const auto &[data, text] : items)
        box->addItem(text, data);
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

} // namespace

FunnelFilterBar::FunnelFilterBar(QWidget *parent)
    : QWidget(parent),
      m_preset(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_owner(new QComboBox(this)),
      m_team(new QComboBox(this)),
      m_source(new QComboBox(this)),
      m_productLine(new QComboBox(this))
{
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->addItem(tr("Last 12 months"), int(Preset::LastTwelveMonths));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("This quarter"), int(Preset::ThisQuarter));
    m_preset->addItem(tr("Last quarter"), int(Preset::LastQuarter));
    m_preset->addItem(tr("All dates"), int(Preset::AllTime));
    m_preset->addItem(tr("Custom period"), int(Preset::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            const QSignalBlocker blocker(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            emit changed();
        });
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_productLine->setObjectName(QStringLiteral("productLineFilter"));
    m_owner->addItem(tr("All owners"), QString());
    m_team->addItem(tr("All teams"), QString());
    m_source->addItem(tr("All sources"), QString());
    m_productLine->addItem(tr("All product lines"), QString());
    m_owner->setAccessibleName(tr("Owner"));
    m_team->setAccessibleName(tr("Team"));
    m_source->setAccessibleName(tr("Source"));
    m_productLine->setAccessibleName(tr("Product line"));
    m_productLine->setToolTip(
        tr("Deals whose products needed name a product of this line, by product name or SKU."));
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        emit changed();
    });
    for (QComboBox *box : {m_owner, m_team, m_source, m_productLine}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &FunnelFilterBar::changed);
    }

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto *toLabel = new QLabel(tr("to"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(periodLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_owner);
    layout->addWidget(m_team);
    layout->addWidget(m_source);
    layout->addWidget(m_productLine);
    layout->addStretch(1);
    applyPreset();
}

core::funnel::Period FunnelFilterBar::presetPeriod(Preset preset, const QDate &today)
{
    switch (preset) {
    case Preset::LastTwelveMonths:
        return {today.addYears(-1).addDays(1), today};
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Preset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Preset::ThisQuarter:
        return {quarterStart(today), quarterStart(today).addMonths(3).addDays(-1)};
    case Preset::LastQuarter: {
        const QDate start = quarterStart(today).addMonths(-3);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case Preset::AllTime:
    case Preset::Custom:
        break;
    }
    return {};
}

void FunnelFilterBar::applyPreset()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    const bool all = preset == Preset::AllTime;
    m_from->setEnabled(!all);
    m_to->setEnabled(!all);
    if (preset == Preset::Custom || all)
        return;
    const core::funnel::Period p = presetPeriod(preset, QDate::currentDate());
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(p.from);
    m_to->setDate(p.to);
}

void FunnelFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void FunnelFilterBar::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        applyPreset();
    }
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    emit changed();
}

core::funnel::Period FunnelFilterBar::period() const
{
    if (Preset(m_preset->currentData().toInt()) == Preset::AllTime)
        return {};
    return {m_from->date(), m_to->date()};
}

core::FunnelFilters FunnelFilterBar::filters() const
{
    core::FunnelFilters f;
    f.owner = m_owner->currentData().toString();
    f.team = m_team->currentData().toString();
    f.source = m_source->currentData().toString();
    f.productLine = m_productLine->currentData().toString();
    return f;
}

void FunnelFilterBar::fillLists(const core::Database &db)
{
    QList<std::pair<QString, QString>> owners;
    QList<std::pair<QString, QString>> teams;
    QList<std::pair<QString, QString>> sources;
    QList<std::pair<QString, QString>> productLines;
    try {
        for (const core::ReferenceItem &rep : core::ReferenceLists::reps(db))
            owners.append({rep.id, rep.name});
        for (const core::CodedItem &team : core::OpportunityQueries::teams(db))
            teams.append({team.id, team.name});
        for (const QString &source : core::OpportunityQueries::sources(db))
            sources.append({source, source});
        for (const QString &line : core::funnelProductLines(db))
            productLines.append({line, line});
    } catch (const core::Error &) {
        // The lists stay as they were; the analysis itself reports the database problem.
    }
    refill(m_owner, tr("All owners"), owners);
    refill(m_team, tr("All teams"), teams);
    refill(m_source, tr("All sources"), sources);
    refill(m_productLine, tr("All product lines"), productLines);
}

} // namespace sb::ui
