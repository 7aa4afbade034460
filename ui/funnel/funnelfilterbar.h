// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/funnel.h"
#include "core/storage/funnelqueries.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace sb::core {
class Database;
}

namespace sb::ui {

/// The period, owner, team, source and product line the funnel analyses look at. A preset
/// period fills the two dates; editing a date makes the period custom.
class FunnelFilterBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Preset {
        LastTwelveMonths,
        ThisYear,
        LastYear,
        ThisQuarter,
        LastQuarter,
        AllTime,
        Custom
    };

    explicit FunnelFilterBar(QWidget *parent = nullptr);

    /// Refills the owner, team, source and product line lists, keeping what was chosen.
    void fillLists(const core::Database &db);
    core::funnel::Period period() const;
    core::FunnelFilters filters() const;
    void setPreset(Preset preset);
    /// A custom period (switches the preset to Custom).
    void setPeriod(const QDate &from, const QDate &to);
    /// The period a preset means on `today`.
    static core::funnel::Period presetPeriod(Preset preset, const QDate &today);

    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *productLineBox() const { return m_productLine; }

signals:
    void changed();

private:
    void applyPreset();

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_owner;
    QComboBox *m_team;
    QComboBox *m_source;
    QComboBox *m_productLine;
};

} // namespace sb::ui
