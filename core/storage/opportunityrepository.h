// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/opportunity.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// Reads and writes opportunities and their stage history with bound parameters
/// only. Every write is one transaction (a savepoint inside a caller's
/// transaction), bumps version/updated_at/updated_by_office and appends to the
/// audit log. Every stage change, including the creation, appends a
/// stage_history row; history is never rewritten, only the latest move can be
/// undone. Throws Error::Data for rule violations, Error::Database otherwise.
class OpportunityRepository final
{
public:
    explicit OpportunityRepository(const Database &db) : m_db(db) { }

    /// Validates and inserts, and records the creation entry (no stage → stage)
    /// dated opportunity.createdOn, or closedOn for a deal already won or lost.
    /// The customer must exist.
    Opportunity create(Opportunity opportunity) const;
    /// Validates and updates. A changed stage must be a legal move and is
    /// recorded like moveStage() (closedOn defaults to today when it closes).
    Opportunity update(Opportunity opportunity) const;
    /// Marks the record deleted (tombstone); its history stays.
    void remove(const QString &id) const;
    /// Brings a tombstoned record back.
    void restore(const QString &id) const;

    /// Moves to `to` if stage::canMove allows it: sets the default probability,
    /// closedOn = `on` for won or lost, the lost reason and competitor for lost,
    /// and appends a history row dated `on`. Returns that row (its meta.id undoes it).
    StageChange moveStage(const QString &id, Stage to, const QString &lostReason = {},
                          const QString &competitor = {}, QDate on = QDate::currentDate()) const;
    /// Undoes the stage move recorded as `historyId`: tombstones that history row
    /// and puts the opportunity back in the previous stage. Refused unless it is
    /// the opportunity's latest change and not its creation entry.
    void undoStageMove(const QString &historyId) const;
    /// Live history rows of an opportunity, oldest first.
    QList<StageChange> history(const QString &opportunityId) const;

    /// The live opportunity with this id.
    std::optional<Opportunity> findById(const QString &id) const;
    /// The live opportunity with this code.
    std::optional<Opportunity> findByCode(const QString &code) const;
    /// Live opportunities ordered by code.
    QList<Opportunity> list() const;
    /// Live opportunities of one customer, ordered by code.
    QList<Opportunity> listForCustomer(const QString &customerId) const;
    /// Number of live opportunities.
    qint64 count() const;
    /// True when another live opportunity uses this code (ignoring `exceptId`).
    bool codeExists(const QString &code, const QString &exceptId = {}) const;
    /// The next free code of the form PREFIX-O000123.
    QString nextCode() const;

private:
    StageChange appendHistory(const QString &opportunityId, std::optional<Stage> from, Stage to,
                              const QDate &on) const;

    const Database &m_db;
};

} // namespace sb::core
