// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/teamrepository.h"

#include "core/domain/validation.h"
#include "core/storage/database.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>
#include <QSet>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

/// Translations in the "sb::core::TeamRepository" context, spelled TeamRepositoryText::tr() so that
/// lupdate files them under the context the program asks for.
class TeamRepositoryText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::TeamRepository)
};

enum Column {
    Code,
    Name,
    ParentTeamId,
    Region
};

const TableSpec &spec()
{
    static const TableSpec s{QStringLiteral("teams"),
                             QStringLiteral("team"),
                             QStringLiteral("code"),
                             {QStringLiteral("code"), QStringLiteral("name"),
                              QStringLiteral("parent_team_id"), QStringLiteral("region")}};
    return s;
}

QVariantList toValues(const Team &t)
{
    return {t.code, t.name, recordio::nullableText(t.parentTeamId), t.region};
}

Team fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    Team t;
    t.meta = row.meta;
    t.code = v[Code].toString();
    t.name = v[Name].toString();
    t.parentTeamId = v[ParentTeamId].toString();
    t.region = v[Region].toString();
    return t;
}

Error duplicateCode(const QString &code)
{
    return recordio::dataError(TeamRepositoryText::tr("Team code %1 already exists.").arg(code));
}

Error notFound(const QString &id)
{
    return recordio::dataError(TeamRepositoryText::tr("No team with id %1.").arg(id));
}

void checkValid(const Team &t)
{
    const FieldErrors errors = validateTeam(t);
    if (!errors.isEmpty())
        throw recordio::invalid(TeamRepositoryText::tr("Team %1").arg(t.code), errors,
                                recordio::fieldMap(spec(), toValues(t)));
}

QString parentOf(const Database &db, const QString &id)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT parent_team_id FROM teams WHERE id = ?"));
    q.addBindValue(id);
    Database::exec(q, TeamRepositoryText::tr("read the team tree"));
    return q.next() ? q.value(0).toString() : QString();
}

void checkParent(const Database &db, const Team &t, const Team *stored)
{
    if (t.parentTeamId.isEmpty() || (stored && stored->parentTeamId == t.parentTeamId))
        return;
    if (!recordio::liveIdExists(db, QStringLiteral("teams"), t.parentTeamId))
        throw recordio::dataError(
            TeamRepositoryText::tr("Unknown parent team %2 on team %1.").arg(t.code, t.parentTeamId));
    // Walk up from the new parent; meeting this team again would close a loop.
    QSet<QString> seen;
    for (QString id = t.parentTeamId; !id.isEmpty() && !seen.contains(id); id = parentOf(db, id)) {
        if (id == t.meta.id)
            throw recordio::dataError(
                TeamRepositoryText::tr("Team %1 cannot be placed under its own sub-team.").arg(t.code));
        seen.insert(id);
    }
}

} // namespace

FieldErrors validateTeam(const Team &t)
{
    FieldErrors errors;
    if (!validation::isValidCode(t.code))
        errors.append(
            {QStringLiteral("code"),
             TeamRepositoryText::tr("Team code is required, at most 40 characters without spaces.")});
    if (t.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), TeamRepositoryText::tr("Team name is required.")});
    if (!t.parentTeamId.isEmpty() && t.parentTeamId == t.meta.id)
        errors.append(
            {QStringLiteral("parent_team_id"), TeamRepositoryText::tr("A team cannot be its own parent.")});
    return errors;
}

Team TeamRepository::create(Team team) const
{
    checkValid(team);
    WriteScope tx(m_db);
    if (codeExists(team.code))
        throw duplicateCode(team.code);
    if (!team.meta.id.isEmpty() && recordio::loadById(m_db, spec(), team.meta.id, recordio::Which::Any))
        throw recordio::dataError(
            TeamRepositoryText::tr("A team with id %1 already exists.").arg(team.meta.id));
    checkParent(m_db, team, nullptr);
    recordio::insert(m_db, spec(), team.meta, toValues(team));
    tx.commit();
    return team;
}

Team TeamRepository::update(Team team) const
{
    checkValid(team);
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), team.meta.id);
    if (!row)
        throw notFound(team.meta.id);
    const Team stored = fromRow(*row);
    if (codeExists(team.code, team.meta.id))
        throw duplicateCode(team.code);
    checkParent(m_db, team, &stored);
    recordio::update(m_db, spec(), *row, toValues(team), team.meta);
    tx.commit();
    return team;
}

void TeamRepository::remove(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id);
    if (!row)
        throw notFound(id);
    recordio::setDeleted(m_db, spec(), *row, true);
    tx.commit();
}

void TeamRepository::restore(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id, recordio::Which::Any);
    if (!row)
        throw notFound(id);
    if (!row->meta.deleted)
        return;
    const QString code = row->values[Code].toString();
    if (codeExists(code))
        throw recordio::dataError(
            TeamRepositoryText::tr("Team %1 cannot be restored: another team now uses code %1.").arg(code));
    recordio::setDeleted(m_db, spec(), *row, false);
    tx.commit();
}

std::optional<Team> TeamRepository::findById(const QString &id) const
{
    const auto row = recordio::loadById(m_db, spec(), id);
    return row ? std::optional<Team>(fromRow(*row)) : std::nullopt;
}

std::optional<Team> TeamRepository::findByCode(const QString &code) const
{
    const auto row = recordio::loadByKey(m_db, spec(), code);
    return row ? std::optional<Team>(fromRow(*row)) : std::nullopt;
}

QList<Team> TeamRepository::list() const
{
    QList<Team> teams;
    for (const StoredRow &row : recordio::loadLive(m_db, spec()))
        teams.append(fromRow(row));
    return teams;
}

qint64 TeamRepository::count() const
{
    return recordio::countLive(m_db, spec());
}

bool TeamRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return recordio::keyExists(m_db, spec(), code, exceptId);
}

} // namespace sb::core
