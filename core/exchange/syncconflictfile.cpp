// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncconflictfile.h"

#include "core/domain/error.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/syncpackage.h"
#include "core/storage/database.h"
#include "core/storage/syncconflictstore.h"

namespace sb::core::syncconflictfile {

using namespace syncpackage;

namespace {

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
        qint64 last = sent;
        const QString prefix = peer + u'#';
        for (const SyncConflict &c : SyncConflictStore(db).listAfter(sent)) {
            last = c.seq;
            if (!c.package.startsWith(prefix))
                continue;
            // The peer's own value first: here it is the remote one (see columns()).
            for (const Value &cell : {Value(c.detectedAt), Value(c.entity), Value(c.recordId), Value(c.field),
                                      c.remoteValue, c.localValue, Value(c.winnerOffice), Value(c.package)})
                out.raw(encodeCell(cell));
            out.endRow();
            ++rows;
        }
        db.setSetting(sentKey(peer), QString::number(last));
    }
    out.commit();
    return rows;
}

QList<SyncConflict> read(Database &db, const QString &path, qint64 expectedRows)
{
    PackageReader reader(path, columns());
    SyncConflictStore store(db);
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
        if (store.contains(c))
            continue;
        c.seq = store.add(c);
        added.append(c);
    }
    if (reader.rows() != expectedRows)
        throw tamperedFile(fileName());
    return added;
}

} // namespace sb::core::syncconflictfile
