// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/domain/people.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// Field rules for a team: code shape and name required.
FieldErrors validateTeam(const Team &team);

/// Reads and writes sales teams (keyed by code) with bound parameters only; same
/// transaction, versioning and audit rules as CustomerRepository. A parent team
/// must be a live team, and a team may not end up among its own ancestors.
class TeamRepository final
{
public:
    explicit TeamRepository(const Database &db) : m_db(db) { }

    /// Validates and inserts; assigns meta.id when empty. Returns the stored record.
    Team create(Team team) const;
    /// Validates and updates the live record with team.meta.id. Returns the stored record.
    Team update(Team team) const;
    /// Marks the record deleted (tombstone).
    void remove(const QString &id) const;
    /// Brings a tombstoned record back.
    void restore(const QString &id) const;

    /// The live team with this id.
    std::optional<Team> findById(const QString &id) const;
    /// The live team with this code.
    std::optional<Team> findByCode(const QString &code) const;
    /// Live teams ordered by code.
    QList<Team> list() const;
    /// Number of live teams.
    qint64 count() const;
    /// True when another live team uses this code (ignoring `exceptId`).
    bool codeExists(const QString &code, const QString &exceptId = {}) const;

private:
    const Database &m_db;
};

} // namespace sb::core
