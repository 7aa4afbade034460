// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncconflictfile.h"

#include "core/domain/error.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/syncpackage.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sb::core::syncconflictfile {

using namespace syncpackage;

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

// The receiving office's own value comes first in the file, so the reader takes
// the columns as they are: local_value is its value, remote_value the sender's.
const QStringList &columns()
{
    static const QStringList list = {
        QStringLiteral("detected_at"),   QStringLiteral("entity"),      QStringLiteral("record_id"),
        QStringLiteral("field"),         QStringLiteral("local_value"), QStringLiteral("remote_value"),
        QStringLiteral("winner_office"), QStringLiteral("package"),
    };
    return list;
}

QString sentKey(const QString &peer)
{
    return QStringLiteral("sync_conflicts_sent:") + peer;
}

} // namespace

QString fileName()
{
    return QStringLiteral("conflicts.csv");
}

qint64 write(Database &db, const QString &peer, const QString &path)
{
    CsvWriter out(path, CsvWriter::Encoding::Utf8);
    for (const QString &column : columns())
        out.raw(column);
    out.endRow();
    qint64 rows = 0;
    if (!peer.isEmpty()) {
        // Conflicts found here in the peer's packages ("PEER#12"); those the peer
        // found in ours and sent here carry our office id and are not sent back.
        const qint64 sent = db.setting(sentKey(peer), QStringLiteral("0")).toLongLong();
        QSqlQuery q = db.prepare(
            QStringLiteral("SELECT seq, detected_at, entity, record_id, field, remote_value, local_value, "
                           "winner_office, package FROM sync_conflicts WHERE seq > ? ORDER BY seq"));
        q.addBindValue(sent);
        Database::exec(q, SyncText::tr("read the sync conflicts"));
        qint64 last = sent;
        const QString prefix = peer + u'#';
        while (q.next()) {
            last = q.value(0).toLongLong();
            if (!q.value(8).toString().startsWith(prefix))
                continue;
            for (int i = 1; i <= 8; ++i)
                out.raw(encodeCell(valueOf(q.value(i))));
            out.endRow();
            ++rows;
        }
        q.finish();
        db.setSetting(sentKey(peer), QString::number(last));
    }
    out.commit();
    return rows;
}

QList<SyncConflict> read(Database &db, const QString &path, qint64 expectedRows)
{
    PackageReader reader(path, columns());
    QSqlQuery known
        = db.prepare(QStringLiteral("SELECT local_value, remote_value, winner_office FROM sync_conflicts "
                                    "WHERE entity = ? AND record_id = ? AND field = ?"));
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO sync_conflicts (detected_at, entity, record_id, field, local_value, "
                       "remote_value, winner_office, package) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<SyncConflict> added;
    Values row;
    while (reader.next(row)) {
        SyncConflict c;
        c.detectedAt = row[0].value_or(QString());
        c.entity = row[1].value_or(QString());
        c.recordId = row[2].value_or(QString());
        c.field = row[3].value_or(QString());
        c.localValue = row[4];
        c.remoteValue = row[5];
        c.winnerOffice = row[6].value_or(QString());
        c.package = row[7].value_or(QString());
        // Met here too (both packages were written before either was imported).
        known.bindValue(0, c.entity);
        known.bindValue(1, c.recordId);
        known.bindValue(2, c.field);
        Database::exec(known, SyncText::tr("read the sync conflicts"));
        bool listed = false;
        while (!listed && known.next())
            listed = valueOf(known.value(0)) == c.localValue && valueOf(known.value(1)) == c.remoteValue
                && known.value(2).toString() == c.winnerOffice;
        known.finish();
        if (listed)
            continue;
        const QVariantList values
            = {c.detectedAt,   c.entity, c.recordId, c.field, bindable(c.localValue), bindable(c.remoteValue),
               c.winnerOffice, c.package};
        for (int i = 0; i < int(values.size()); ++i)
            insert.bindValue(i, values[i]);
        Database::exec(insert, SyncText::tr("record a sync conflict"));
        c.seq = insert.lastInsertId().toLongLong();
        added.append(c);
    }
    if (reader.rows() != expectedRows)
        throw tamperedFile(fileName());
    return added;
}

} // namespace sb::core::syncconflictfile
