// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/referencelists.h"

#include "core/storage/database.h"
#include "core/storage/reprepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb::core {

namespace {

QList<ReferenceItem> idNameList(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q, QCoreApplication::translate("sb::ReferenceLists", "read a selection list"));
    QList<ReferenceItem> items;
    while (q.next())
        items.append({q.value(0).toString(), q.value(1).toString()});
    return items;
}

} // namespace

QList<ReferenceItem> ReferenceLists::reps(const Database &db)
{
    QList<ReferenceItem> items;
    for (const Rep &rep : RepRepository(db).list())
        items.append({rep.meta.id, rep.name});
    std::sort(items.begin(), items.end(), [](const ReferenceItem &a, const ReferenceItem &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return items;
}

QList<ReferenceItem> ReferenceLists::channels(const Database &db)
{
    return idNameList(db, QStringLiteral("SELECT id, name FROM channels WHERE deleted = 0 ORDER BY name"));
}

QStringList ReferenceLists::customerValues(const Database &db, const QString &column)
{
    // Column names cannot be bound; only these fixed identifiers are accepted.
    static const QStringList allowed = {QStringLiteral("industry"), QStringLiteral("region"),
                                        QStringLiteral("city"), QStringLiteral("source")};
    if (!allowed.contains(column))
        return {};
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT DISTINCT %1 FROM customers WHERE deleted = 0 AND %1 <> '' "
                                    "ORDER BY %1")
                         .arg(column));
    Database::exec(q, QCoreApplication::translate("sb::ReferenceLists", "read a selection list"));
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

} // namespace sb::core
