// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/teamrepository.h"

#include "core/domain/validation.h"
#include "core/storage/database.h"
#include "core/storage/recordstore.h"

#include <QCoreApplication>
#include <QSet>

namespace sb::core {

namespace {

using recordio::StoredRow;

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

const RecordTable<Team> &table()
{
    static const RecordTable<Team> t{
        {QStringLiteral("teams"),
         QStringLiteral("team"),
         QStringLiteral("code"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("parent_team_id"),
          QStringLiteral("region")}},
        {"sb::core::TeamRepository", QT_TRANSLATE_NOOP("sb::core::TeamRepository", "No team with id %1."),
         QT_TRANSLATE_NOOP("sb::core::TeamRepository", "A team with id %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::TeamRepository", "Team code %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::TeamRepository",
                           "Team %1 cannot be restored: another team now uses code %1."),
         QT_TRANSLATE_NOOP("sb::core::TeamRepository", "Team %1")},
        toValues,
        fromRow,
        validateTeam,
        checkParent};
    return t;
}

RecordStore<Team> teams(const Database &db)
{
    return RecordStore<Team>(db, table());
}

} // namespace

FieldErrors validateTeam(const Team &t)
{
    FieldErrors errors;
    if (!validation::isValidCode(t.code))
        errors.append({QStringLiteral("code"),
                       TeamRepositoryText::tr("Team code is required: at most 40 characters, no spaces at "
                                              "either end, no control characters.")});
    if (t.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), TeamRepositoryText::tr("Team name is required.")});
    if (!t.parentTeamId.isEmpty() && t.parentTeamId == t.meta.id)
        errors.append(
            {QStringLiteral("parent_team_id"), TeamRepositoryText::tr("A team cannot be its own parent.")});
    return errors;
}

Team TeamRepository::create(Team team) const
{
    return teams(m_db).create(std::move(team));
}

Team TeamRepository::update(Team team) const
{
    return teams(m_db).update(std::move(team));
}

void TeamRepository::remove(const QString &id) const
{
    teams(m_db).remove(id);
}

void TeamRepository::restore(const QString &id) const
{
    teams(m_db).restore(id);
}

std::optional<Team> TeamRepository::findById(const QString &id) const
{
    return teams(m_db).findById(id);
}

std::optional<Team> TeamRepository::findByCode(const QString &code) const
{
    return teams(m_db).findByKey(code);
}

QList<Team> TeamRepository::list() const
{
    return teams(m_db).list();
}

qint64 TeamRepository::count() const
{
    return teams(m_db).count();
}

bool TeamRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return teams(m_db).keyExists(code, exceptId);
}

} // namespace sb::core
