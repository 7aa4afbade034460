// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncapply.h"

#include "core/domain/error.h"
#include "core/exchange/syncconflictfile.h"
#include "core/exchange/syncderived.h"
#include "core/exchange/synclinenumbers.h"
#include "core/exchange/syncmerge.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/syncconflictstore.h"
#include "core/storage/syncderivedstore.h"
#include "core/storage/syncrecordtable.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace sb::core::syncapply {

using namespace syncpackage;

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

qint64 version(const MetaColumns &meta, const Values &row)
{
    return row[meta.version].value_or(QString()).toLongLong();
}

SyncTableCount counted(const QString &table)
{
    SyncTableCount count;
    count.table = table;
    return count;
}

QVariantMap fieldMap(const QStringList &columns, const MetaColumns &meta, const Values &row)
{
    QVariantMap map;
    for (int i = 0; i < int(columns.size()); ++i) {
        if (!meta.isStamp(i))
            map.insert(columns[i], bindable(row[i]));
    }
    return map;
}

// Applies the rows of one package to the workspace, table by table.
class Applier final
{
public:
    Applier(Database &db, const QString &dir, const Manifest &manifest, bool late, SyncImportResult &result,
            const SyncProgress &progress)
        : m_db(db),
          m_dir(dir),
          m_manifest(manifest),
          m_late(late),
          m_result(result),
          m_progress(progress),
          m_package(manifest.officeId + u'#' + QString::number(manifest.sequence)),
          m_detectedAt(Database::nowUtc()),
          m_conflicts(db),
          m_derived(db),
          m_orderAmounts(db)
    {
        loadBases();
        for (const SyncTable &spec : tables())
            m_total += m_manifest.files.value(csvFileName(spec.table)).rows;
    }

    void applyTable(const SyncTable &table);
    /// Merges the records held back until every table was applied, then computes
    /// the derived values the merged records changed the inputs of.
    void finish();

private:
    struct Table
    {
        const SyncTable &spec;
        QStringList columns;
        MetaColumns meta;
        ShadowStore shadow;
        SyncRecordTable records;
        syncmerge::ColumnRules rules;
        SyncTableCount count;
    };

    Table table(const SyncTable &spec);
    void loadBases();
    /// `final`: merge now; otherwise a record whose group (an opportunity's stage)
    /// differs between the offices waits for finish(), when its stage history is complete.
    void applyRow(Table &t, const Values &remote, bool final = false);
    void touchDerived(const Table &t, const Values &row, const std::optional<Values> &local);
    /// The row as it is written: an order line whose number another line of its
    /// order has gets a temporary one (synclines::LineNumbers).
    Values numbered(const Table &t, const Values &row);
    void addCounts(const SyncTableCount &count, bool newTable);
    /// Counts one row read; tells `m_progress` now and then and stops when it cancels.
    void step();
    /// Inserts `row`, or overwrites the record with its id.
    void write(Table &t, const Values &row, bool isUpdate);
    void recordConflict(Table &t, const QString &id, const syncmerge::FieldConflict &conflict);
    std::optional<Values> base(const Table &t, const QString &id,
                               const std::optional<Values> &received) const;

    Database &m_db;
    QString m_dir;
    const Manifest &m_manifest;
    bool m_late; ///< an older package that was missing: never let it undo a later state
    SyncImportResult &m_result;
    const SyncProgress &m_progress;
    qint64 m_done = 0; ///< rows read, for progress
    qint64 m_total = 0; ///< rows in the package
    QString m_package;
    QString m_detectedAt;
    SyncConflictStore m_conflicts;
    SyncDerivedStore m_derived; ///< for the latest stage changes of opportunities
    QHash<QString, QHash<QString, QString>> m_bases; ///< table → record id → JSON
    QHash<QString, QList<Values>> m_deferred; ///< table → rows held back for finish()
    QSet<QString> m_newOrders; ///< orders this import inserted
    syncderived::OrderAmounts m_orderAmounts;
    std::unique_ptr<synclines::LineNumbers> m_lineNumbers;
};

void Applier::loadBases()
{
    PackageReader reader(
        QDir(m_dir).filePath(basesFileName()),
        {QStringLiteral("table_name"), QStringLiteral("record_id"), QStringLiteral("values_json")});
    Values row;
    while (reader.next(row))
        m_bases[row[0].value_or(QString())].insert(row[1].value_or(QString()), row[2].value_or(QString()));
    if (reader.rows() != m_manifest.files.value(basesFileName()).rows)
        throw tamperedFile(basesFileName());
}

Applier::Table Applier::table(const SyncTable &spec)
{
    const QStringList columns = columnsOf(m_db, spec.table);
    if (columns.first() != QStringLiteral("id"))
        throw Error(Error::Kind::Database,
                    SyncText::tr("The table %1 does not start with its id.").arg(spec.table));
    return Table{spec,
                 columns,
                 MetaColumns::of(columns, spec.table),
                 ShadowStore(m_db, spec.table, columns, m_manifest.officeId),
                 SyncRecordTable(m_db, spec.table, columns),
                 syncmerge::ColumnRules::of(spec, columns),
                 counted(spec.table)};
}

void Applier::applyTable(const SyncTable &spec)
{
    const QString file = csvFileName(spec.table);
    Table t = table(spec);
    const QStringList &columns = t.columns;
    if (spec.table == u"order_lines" && !m_lineNumbers)
        m_lineNumbers = std::make_unique<synclines::LineNumbers>(m_db, columns);

    PackageReader reader(QDir(m_dir).filePath(file), columns);
    Values row;
    if (spec.parentColumn.isEmpty()) {
        while (reader.next(row)) {
            step();
            applyRow(t, row);
        }
    } else {
        // Parents first, so the reference to the same table holds at every insert.
        QList<Values> rows;
        while (reader.next(row)) {
            step();
            rows.append(row);
        }
        const auto parent = int(columns.indexOf(spec.parentColumn));
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < rows.size(); ++i)
            index.insert(rows[i][t.meta.id].value_or(QString()), i);
        QList<bool> visited(rows.size(), false);
        std::function<void(qsizetype)> visit = [&](qsizetype i) {
            if (visited[i])
                return;
            visited[i] = true;
            const Value &p = rows[i][parent];
            if (p && index.contains(*p))
                visit(index.value(*p));
            applyRow(t, rows[i]);
        };
        for (qsizetype i = 0; i < rows.size(); ++i)
            visit(i);
    }
    if (reader.rows() != m_manifest.files.value(file).rows)
        throw tamperedFile(file);
    t.count.rows = reader.rows();
    addCounts(t.count, true);
}

void Applier::step()
{
    ++m_done;
    if (m_progress && (m_done % 500 == 0 || m_done == m_total) && !m_progress(m_done, m_total))
        throw Error(Error::Kind::Data, SyncText::tr("The sync import was cancelled; nothing was changed."));
}

void Applier::addCounts(const SyncTableCount &count, bool newTable)
{
    m_result.rows += count.rows;
    m_result.inserted += count.inserted;
    m_result.updated += count.updated;
    m_result.deleted += count.deleted;
    m_result.unchanged += count.unchanged;
    if (newTable) {
        m_result.tables.append(count);
        return;
    }
    for (SyncTableCount &c : m_result.tables) {
        if (c.table != count.table)
            continue;
        c.inserted += count.inserted;
        c.updated += count.updated;
        c.deleted += count.deleted;
        c.unchanged += count.unchanged;
        c.conflicts += count.conflicts;
    }
}

void Applier::finish()
{
    for (const SyncTable &spec : tables()) {
        const QList<Values> rows = m_deferred.take(spec.table);
        if (rows.isEmpty())
            continue;
        Table t = table(spec);
        for (const Values &row : rows)
            applyRow(t, row, true);
        addCounts(t.count, false);
    }
    if (m_lineNumbers)
        m_lineNumbers->settle();
    m_orderAmounts.apply();
}

Values Applier::numbered(const Table &t, const Values &row)
{
    Values result = row;
    if (t.spec.table != u"order_lines" || !m_lineNumbers)
        return result;
    // Lines of an order new to this office came with it and cannot meet another office's.
    const auto order = int(t.columns.indexOf(QStringLiteral("order_id")));
    if (!m_newOrders.contains(row[order].value_or(QString())))
        m_lineNumbers->reserve(result);
    return result;
}

void Applier::touchDerived(const Table &t, const Values &row, const std::optional<Values> &local)
{
    // An order's amount follows its lines: an order new to this office came with all
    // of them, so only an order this office already had can need a new amount.
    const QString id = row[t.meta.id].value_or(QString());
    if (t.spec.table == u"orders") {
        if (!local)
            m_newOrders.insert(id);
        else
            m_orderAmounts.touch(id);
    } else if (t.spec.table == u"order_lines") {
        const auto orderColumn = int(t.columns.indexOf(QStringLiteral("order_id")));
        for (const std::optional<Values> &side : {std::optional<Values>(row), local}) {
            const QString order = side ? (*side)[orderColumn].value_or(QString()) : QString();
            if (!m_newOrders.contains(order))
                m_orderAmounts.touch(order);
        }
    }
}

std::optional<Values> Applier::base(const Table &t, const QString &id,
                                    const std::optional<Values> &received) const
{
    // Two states are known to be common to both offices: the sender's record as this office
    // last received it, and this office's record as the sender last received it (sent in
    // bases.csv). The later one finds the fewest false conflicts. "Later" is the order the
    // merge itself uses, which does not depend on which office asks: when both offices
    // import each other's packages written at the same time, they hold the same two
    // candidates, pick the same base and so reach the same result.
    std::optional<Values> sent;
    const auto tableBases = m_bases.constFind(t.spec.table);
    if (tableBases != m_bases.cend()) {
        const auto json = tableBases->constFind(id);
        if (json != tableBases->cend())
            sent = fromJson(t.columns, *json);
    }
    if (!sent)
        return received;
    if (!received || syncmerge::remoteIsNewer(t.meta, *received, *sent))
        return sent;
    return received;
}

void Applier::applyRow(Table &t, const Values &remote, bool final)
{
    const QString id = remote[t.meta.id].value_or(QString());
    if (id.isEmpty())
        throw Error(Error::Kind::Data, SyncText::tr("A row of %1 has no id.").arg(csvFileName(t.spec.table)));
    const std::optional<Values> local = t.records.find(id);

    if (!local) {
        write(t, numbered(t, remote), false);
        AuditLog::record(m_db, t.spec.entity, id, AuditAction::Create, QStringLiteral("sync"), std::nullopt,
                         m_package);
        ++t.count.inserted;
        t.shadow.setReceived(id, remote);
        touchDerived(t, remote, local);
        return;
    }
    const std::optional<Values> received = t.shadow.received(id);
    if (received
        && (*received == remote || (m_late && version(t.meta, remote) < version(t.meta, *received)))) {
        ++t.count.unchanged; // nothing newer than what came from that office before
        return;
    }

    syncmerge::ColumnRules rules = t.rules;
    if (final && t.spec.table == u"opportunities") {
        // The stage group follows the latest stage change, which both offices now have:
        // a move in one office can be older than a move (even one back) in the other.
        const auto stage = int(t.columns.indexOf(QStringLiteral("stage")));
        const std::optional<QString> latest = syncderived::latestStage(m_derived, id);
        const bool localLatest = latest && (*local)[stage] == *latest;
        const bool remoteLatest = latest && remote[stage] == *latest;
        if (localLatest != remoteLatest)
            rules.groupFromRemote = remoteLatest;
    }
    syncmerge::MergeResult merged
        = syncmerge::merge(t.columns, t.meta, *local, remote, base(t, id, received), rules);
    if (merged.groupDiffers && !final && t.spec.table == u"opportunities") {
        m_deferred[t.spec.table].append(remote);
        return;
    }
    if (merged.outcome == syncmerge::Outcome::Merged)
        syncderived::computeInRow(t.spec, t.columns, merged.values);
    for (const syncmerge::FieldConflict &conflict : merged.conflicts)
        recordConflict(t, id, conflict);
    if (merged.values == *local) {
        ++t.count.unchanged;
    } else {
        write(t, numbered(t, merged.values), true);
        const bool deletes = merged.values[t.meta.deleted] == QStringLiteral("1")
            && (*local)[t.meta.deleted] != QStringLiteral("1");
        AuditLog::record(
            m_db, t.spec.entity, id, deletes ? AuditAction::Delete : AuditAction::Update,
            AuditLog::diff(fieldMap(t.columns, t.meta, *local), fieldMap(t.columns, t.meta, merged.values)));
        ++(deletes ? t.count.deleted : t.count.updated);
        touchDerived(t, merged.values, local);
    }
    t.shadow.setReceived(id, remote);
}

void Applier::write(Table &t, const Values &row, bool isUpdate)
{
    try {
        if (isUpdate)
            t.records.update(row);
        else
            t.records.insert(row);
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Data)
            throw;
        QStringList key;
        for (const QString &column : t.spec.keyColumns)
            key.append(row.value(int(t.columns.indexOf(column))).value_or(QString()));
        throw Error(
            Error::Kind::Data,
            SyncText::tr(
                "The %1 %2 (id %3) from office %4 cannot be stored: %5. Either a record here has the same "
                "key, or it refers to a record this office does not have (import that office's earlier "
                "packages first, or ask it for a full package). Nothing was imported.")
                .arg(t.spec.entity, key.join(u'/'), row[t.meta.id].value_or(QString()), m_manifest.officeId,
                     error.message()));
    }
}

void Applier::recordConflict(Table &t, const QString &id, const syncmerge::FieldConflict &conflict)
{
    const QString field = t.columns[conflict.column];
    SyncConflict c;
    c.detectedAt = m_detectedAt;
    c.entity = t.spec.entity;
    c.recordId = id;
    c.field = field;
    c.localValue = conflict.localValue;
    c.remoteValue = conflict.remoteValue;
    c.winnerOffice = conflict.winnerOffice;
    c.package = m_package;
    c.seq = m_conflicts.add(c);
    m_result.conflicts.append(c);
    ++t.count.conflicts;

    // The losing value stays in the record's history too.
    const bool localLost = conflict.remoteWins;
    AuditLog::record(m_db, t.spec.entity, id, AuditAction::Override, field,
                     localLost ? conflict.localValue : conflict.remoteValue,
                     localLost ? conflict.remoteValue : conflict.localValue);
}

} // namespace

void applyPackage(Database &db, const QString &dir, const Manifest &manifest, bool late,
                  SyncImportResult &result, const SyncProgress &progress)
{
    Applier applier(db, dir, manifest, late, result, progress);
    for (const SyncTable &table : tables())
        applier.applyTable(table);
    applier.finish();
    const auto report = manifest.files.constFind(syncconflictfile::fileName());
    if (report != manifest.files.cend())
        result.conflicts += syncconflictfile::read(db, QDir(dir).filePath(report.key()), report->rows);
}

} // namespace sb::core::syncapply
