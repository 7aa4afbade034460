// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrations.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sb::core::migrations {

namespace {

// Numbered migrations, oldest first. Never edit one after it has shipped; add a new one.
const QStringList &files()
{
    static const QStringList list = {
        QStringLiteral(":/salesbench/migrations/0001_initial.sql"),
        QStringLiteral(":/salesbench/migrations/0002_funnel_indexes.sql"),
        QStringLiteral(":/salesbench/migrations/0003_revenue_index.sql"),
        QStringLiteral(":/salesbench/migrations/0004_sync_shadow.sql"),
        QStringLiteral(":/salesbench/migrations/0005_reference_indexes.sql"),
        QStringLiteral(":/salesbench/migrations/0006_data_safety.sql"),
    };
    return list;
}

QStringList statements(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Database, QStringLiteral("Missing migration %1").arg(resource));
    const QString text = QString::fromUtf8(file.readAll());
    QStringList result;
    QString current;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("--")) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw Error(Error::Kind::Database, q.lastError().text());
    return q.value(0).toInt();
}

} // namespace

int latestVersion()
{
    return int(files().size());
}

void migrate(QSqlDatabase &db, int upTo)
{
    const int target = upTo < 0 ? latestVersion() : qMin(upTo, latestVersion());
    for (int version = currentVersion(db) + 1; version <= target; ++version) {
        const QStringList sql = statements(files().at(version - 1));
        if (!db.transaction())
            throw Error(Error::Kind::Database, db.lastError().text());
        QSqlQuery q(db);
        for (const QString &statement : sql) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                db.rollback();
                throw Error(
                    Error::Kind::Database,
                    QCoreApplication::translate("sb::core::Database", "Schema migration %1 failed: %2")
                        .arg(version)
                        .arg(error));
            }
        }
        // user_version lives in the file header and is part of the transaction.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            throw Error(Error::Kind::Database, error);
        }
    }
}

} // namespace sb::core::migrations
