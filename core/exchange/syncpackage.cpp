// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/syncpackage.h"

#include "core/domain/error.h"
#include "core/exchange/csvreader.h"
#include "core/storage/database.h"
#include "core/storage/workspacefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::core::syncpackage {

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

SyncTable table(const char *name, const char *entity, const char *parent, QStringList keys)
{
    SyncTable t;
    t.table = QString::fromLatin1(name);
    t.entity = QString::fromLatin1(entity);
    t.parentColumn = QString::fromLatin1(parent);
    t.keyColumns = std::move(keys);
    return t;
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// The columns a merge treats specially (see SyncTable); the rules of product.md.
QList<SyncTable> withColumnRules(QList<SyncTable> list)
{
    for (SyncTable &t : list) {
        if (t.table == u"orders" || t.table == u"order_lines") {
            t.derivedColumns = {key("amount")};
        } else if (t.table == u"products") {
            t.counterColumns = {key("stock_on_hand")};
        } else if (t.table == u"opportunities") {
            t.groupColumns = {key("stage"), key("probability"), key("closed_on"), key("lost_reason"),
                              key("lost_competitor")};
        }
    }
    return list;
}

// Text as it is bound and compared: never a null QString inside an engaged value.
Value normalised(const QString &text)
{
    return text.isNull() ? Value(QStringLiteral("")) : Value(text);
}

} // namespace

const QList<SyncTable> &tables()
{
    // Order: every referenced table before the tables that refer to it.
    static const QList<SyncTable> list = withColumnRules({
        table("teams", "team", "parent_team_id", {key("code")}),
        table("commission_plans", "commission_plan", "", {key("code")}),
        table("commission_tiers", "commission_tier", "", {key("plan_id"), key("lower_bound_bp")}),
        table("reps", "rep", "", {key("code")}),
        table("channels", "channel", "", {key("code")}),
        table("channel_share_rules", "channel_share_rule", "",
              {key("channel_id"), key("product_line"), key("min_volume")}),
        table("customers", "customer", "", {key("code")}),
        table("contacts", "contact", "", {key("code")}),
        table("products", "product", "", {key("sku")}),
        table("lost_reasons", "lost_reason", "", {key("name")}),
        table("opportunities", "opportunity", "", {key("code")}),
        table("stage_history", "stage_change", "",
              {key("opportunity_id"), key("changed_at"), key("to_stage")}),
        table("activities", "activity", "", {key("code")}),
        table("orders", "order", "", {key("number")}),
        table("order_lines", "order_line", "", {key("order_id"), key("line_no")}),
        table("contract_checks", "contract_check", "", {key("order_id"), key("point")}),
        table("targets", "target", "parent_id", {key("period"), key("scope_kind"), key("scope_key")}),
        table("tickets", "ticket", "", {key("number")}),
        table("promotions", "promotion", "", {key("code")}),
        table("promotion_products", "promotion_product", "", {key("promotion_id"), key("product_id")}),
        table("period_costs", "period_cost", "", {key("period"), key("category")}),
    });
    return list;
}

const SyncTable *findTable(const QString &name)
{
    for (const SyncTable &t : tables()) {
        if (t.table == name || t.entity == name)
            return &t;
    }
    return nullptr;
}

QString formatName()
{
    return QStringLiteral("salesbench-sync");
}

QString manifestFileName()
{
    return QStringLiteral("manifest.json");
}

QString basesFileName()
{
    return QStringLiteral("bases.csv");
}

QString csvFileName(const QString &table)
{
    return table + QStringLiteral(".csv");
}

QString encodeCell(const Value &value)
{
    if (!value)
        return QStringLiteral("\\N");
    QString text = *value;
    text.replace(u'"', QStringLiteral("\"\""));
    if (text.startsWith(u'\\'))
        text.prepend(u'\\');
    return u'"' + text + u'"';
}

Value decodeCell(const QString &cell)
{
    if (cell == QStringLiteral("\\N"))
        return std::nullopt;
    if (cell.startsWith(u'\\'))
        return normalised(cell.mid(1));
    return normalised(cell);
}

Value valueOf(const QVariant &variant)
{
    return syncvalues::fromStored(variant);
}

QVariant bindable(const Value &value)
{
    return syncvalues::toBindable(value);
}

QString toJson(const QStringList &columns, const Values &values)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i)
        object.insert(columns[i], values[i] ? QJsonValue(*values[i]) : QJsonValue(QJsonValue::Null));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Values> fromJson(const QStringList &columns, const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    Values values;
    values.reserve(columns.size());
    for (const QString &column : columns) {
        const QJsonValue v = object.value(column);
        values.append(v.isString() ? normalised(v.toString()) : Value());
    }
    return values;
}

MetaColumns MetaColumns::of(const QStringList &columns, const QString &table)
{
    MetaColumns m;
    auto find = [&](const char *name) {
        const auto i = int(columns.indexOf(QString::fromLatin1(name)));
        if (i < 0)
            throw Error(Error::Kind::Data,
                        SyncText::tr("The table %1 has no column %2; it cannot be synced.")
                            .arg(table, QString::fromLatin1(name)));
        return i;
    };
    m.id = find("id");
    m.createdAt = find("created_at");
    m.updatedAt = find("updated_at");
    m.office = find("updated_by_office");
    m.version = find("version");
    m.deleted = find("deleted");
    return m;
}

bool MetaColumns::isStamp(int column) const
{
    return column == id || column == createdAt || column == updatedAt || column == office
        || column == version;
}

QStringList columnsOf(const Database &db, const QString &table)
{
    const QStringList names = syncvalues::columnsOf(db, table);
    if (names.isEmpty())
        throw Error(Error::Kind::Database, SyncText::tr("The workspace has no table %1.").arg(table));
    return names;
}

QByteArray manifestJson(const Manifest &manifest)
{
    QJsonObject files;
    for (auto it = manifest.files.cbegin(); it != manifest.files.cend(); ++it)
        files.insert(it.key(),
                     QJsonObject{{QStringLiteral("rows"), it->rows}, {QStringLiteral("sha256"), it->sha256}});
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("office_id"), manifest.officeId},
        {QStringLiteral("to_office"), manifest.toOffice},
        {QStringLiteral("sequence"), manifest.sequence},
        {QStringLiteral("previous_sequence"), manifest.previousSequence},
        {QStringLiteral("package_id"), manifest.packageId},
        {QStringLiteral("full"), manifest.full},
        {QStringLiteral("schema_version"), manifest.schemaVersion},
        {QStringLiteral("created_at"), manifest.createdAt},
        {QStringLiteral("files"), files},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Manifest readManifest(const QString &dir)
{
    const QString path = QDir(dir).filePath(manifestFileName());
    if (!QFileInfo::exists(path))
        throw Error(Error::Kind::Data,
                    SyncText::tr("%1 is not a sync package: it has no %2.")
                        .arg(QDir::toNativeSeparators(dir), manifestFileName()));
    // A manifest is a few kilobytes; a link to a device or a huge file is refused before reading.
    workspacefiles::requireRegularFile(path, MaxManifestBytes, SyncText::tr("The sync manifest"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::Data,
            SyncText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(MaxManifestBytes), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || root.value(QStringLiteral("format")).toString() != formatName())
        throw Error(
            Error::Kind::Data,
            SyncText::tr("%1 is not a SalesBench sync manifest.").arg(QDir::toNativeSeparators(path)));
    const int version = root.value(QStringLiteral("format_version")).toInt();
    if (version != FormatVersion)
        throw Error(Error::Kind::Data,
                    SyncText::tr("The sync package uses format version %1; this SalesBench reads version %2.")
                        .arg(version)
                        .arg(FormatVersion));
    Manifest m;
    // Office ids are compared and stored upper-case, as exports write the destination.
    m.officeId = root.value(QStringLiteral("office_id")).toString().trimmed().toUpper();
    m.toOffice = root.value(QStringLiteral("to_office")).toString().trimmed().toUpper();
    m.sequence = root.value(QStringLiteral("sequence")).toInteger();
    m.previousSequence = root.value(QStringLiteral("previous_sequence")).toInteger();
    // Packages written before package ids have none; they are recognised by number alone.
    m.packageId = root.value(QStringLiteral("package_id")).toString();
    m.full = root.value(QStringLiteral("full")).toBool();
    m.schemaVersion = root.value(QStringLiteral("schema_version")).toInt();
    m.createdAt = root.value(QStringLiteral("created_at")).toString();
    const QJsonObject files = root.value(QStringLiteral("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        m.files.insert(it.key(),
                       FileEntry{entry.value(QStringLiteral("rows")).toInteger(-1),
                                 entry.value(QStringLiteral("sha256")).toString().toLower()});
    }
    if (m.officeId.isEmpty() || m.sequence < 1 || m.previousSequence < 0 || m.previousSequence >= m.sequence)
        throw Error(Error::Kind::Data,
                    SyncText::tr("The sync manifest %1 has no valid office id or sequence number.")
                        .arg(QDir::toNativeSeparators(path)));
    return m;
}

Error tamperedFile(const QString &file)
{
    return Error(
        Error::Kind::Data,
        SyncText::tr(
            "The sync file %1 was changed after it was written (opened and saved in a spreadsheet?) — "
            "import it as an ordinary CSV import instead.")
            .arg(file));
}

QString sha256Of(const QString &path)
{
    workspacefiles::requireRegularFile(path, 0, SyncText::tr("The sync file"));
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw Error(
            Error::Kind::Data,
            SyncText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

PackageReader::PackageReader(const QString &path, const QStringList &columns)
    : m_path(path), m_file(path), m_columnCount(columns.size())
{
    workspacefiles::requireRegularFile(path, 0, SyncText::tr("The sync file"));
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(
            Error::Kind::Data,
            SyncText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString()));
    m_reader = std::make_unique<CsvReader>(m_file, TextEncoding::Utf8, QChar(u','));
    QStringList header;
    if (!m_reader->next(header))
        header.clear();
    QStringList missing = columns;
    for (const QString &name : header) {
        const auto column = int(columns.indexOf(name));
        if (column < 0 || !missing.removeOne(name))
            throw Error(Error::Kind::Data,
                        SyncText::tr("%1 has the column \"%2\", which this workspace's table does not "
                                     "have (or has twice).")
                            .arg(QDir::toNativeSeparators(path), name));
        m_target.append(column);
    }
    if (!missing.isEmpty())
        throw Error(Error::Kind::Data,
                    SyncText::tr("%1 lacks the columns %2.")
                        .arg(QDir::toNativeSeparators(path), missing.join(QStringLiteral(", "))));
}

PackageReader::~PackageReader() = default;

bool PackageReader::next(Values &row)
{
    QStringList fields;
    if (!m_reader->next(fields)) {
        if (const auto issue = m_reader->error())
            throw Error(Error::Kind::Data,
                        SyncText::tr("%1, line %2: %3")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(issue->row)
                            .arg(issue->message));
        return false;
    }
    if (fields.size() != m_target.size())
        throw Error(Error::Kind::Data,
                    SyncText::tr("%1, line %2: %3 cells where the header has %4.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(m_reader->row())
                        .arg(fields.size())
                        .arg(m_target.size()));
    row = Values(m_columnCount);
    for (qsizetype i = 0; i < fields.size(); ++i)
        row[m_target[i]] = decodeCell(fields[i]);
    ++m_rows;
    return true;
}

ShadowStore::ShadowStore(const Database &db, const QString &table, const QStringList &columns,
                         const QString &peer)
    : m_columns(columns), m_meta(MetaColumns::of(columns, table)), m_store(db, table, peer)
{
}

std::optional<Values> ShadowStore::received(const QString &id)
{
    const std::optional<QString> json = m_store.received(id);
    if (!json)
        return std::nullopt;
    return fromJson(m_columns, *json);
}

void ShadowStore::setReceived(const QString &id, const Values &remote)
{
    m_store.setReceived(id, toJson(m_columns, remote), remote.value(m_meta.version),
                        remote.value(m_meta.updatedAt), remote.value(m_meta.office));
}

} // namespace sb::core::syncpackage
