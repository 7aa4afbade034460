// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/exporter.h"

#include "core/domain/error.h"
#include "core/domain/money.h"
#include "core/exchange/xlsxwriter.h"
#include "core/storage/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace sb::core {

namespace {

enum class Kind {
    Text,
    Number,
    Money,
    Price4,
    Percent,
    Date,
    PersonName,
    Phone,
    Email
};

struct Column
{
    const char16_t *header;
    Kind kind;
};

struct EntitySpec
{
    const char16_t *name;
    const char *sql; // fixed text: no values are ever built into it
    QList<Column> columns;
};

// Each query returns the columns in the order of `columns`. References use natural keys.
const QList<EntitySpec> &specs()
{
    static const QList<EntitySpec> list = {
        {u"customers",
         "SELECT c.id, c.code, c.name, c.industry, c.size_band, c.region, c.city, ch.code, r.code, "
         "c.decision_maker, c.decision_maker_title, c.phone, c.email, c.source, c.lifecycle_stage, "
         "c.customer_type, c.notes FROM customers c LEFT JOIN channels ch ON ch.id = c.channel_id "
         "LEFT JOIN reps r ON r.id = c.owner_rep_id WHERE c.deleted = 0 ORDER BY c.code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"industry", Kind::Text},
          {u"size_band", Kind::Text},
          {u"region", Kind::Text},
          {u"city", Kind::Text},
          {u"channel_code", Kind::Text},
          {u"owner_code", Kind::Text},
          {u"decision_maker", Kind::PersonName},
          {u"decision_maker_title", Kind::Text},
          {u"phone", Kind::Phone},
          {u"email", Kind::Email},
          {u"source", Kind::Text},
          {u"lifecycle_stage", Kind::Text},
          {u"customer_type", Kind::Text},
          {u"notes", Kind::Text}}},
        {u"contacts",
         "SELECT k.id, k.code, c.code, k.name, k.title, k.phone, k.email, k.is_decision_maker, k.notes "
         "FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE k.deleted = 0 ORDER BY k.code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"name", Kind::PersonName},
          {u"title", Kind::Text},
          {u"phone", Kind::Phone},
          {u"email", Kind::Email},
          {u"is_decision_maker", Kind::Number},
          {u"notes", Kind::Text}}},
        {u"activities",
         "SELECT a.id, a.code, c.code, o.code, r.code, a.kind, a.activity_date, a.summary, a.next_step, "
         "a.next_step_date FROM activities a JOIN customers c ON c.id = a.customer_id "
         "LEFT JOIN opportunities o ON o.id = a.opportunity_id LEFT JOIN reps r ON r.id = a.rep_id "
         "WHERE a.deleted = 0 ORDER BY a.code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"opportunity_code", Kind::Text},
          {u"rep_code", Kind::Text},
          {u"kind", Kind::Text},
          {u"activity_date", Kind::Date},
          {u"summary", Kind::Text},
          {u"next_step", Kind::Text},
          {u"next_step_date", Kind::Date}}},
        {u"products",
         "SELECT id, sku, name, product_line, unit_price, unit_cost, stock_on_hand, safety_stock, "
         "lead_time_days FROM products WHERE deleted = 0 ORDER BY sku",
         {{u"id", Kind::Text},
          {u"sku", Kind::Text},
          {u"name", Kind::Text},
          {u"product_line", Kind::Text},
          {u"unit_price", Kind::Price4},
          {u"unit_cost", Kind::Price4},
          {u"stock_on_hand", Kind::Number},
          {u"safety_stock", Kind::Number},
          {u"lead_time_days", Kind::Number}}},
        {u"opportunities",
         "SELECT o.id, o.code, c.code, o.title, o.source, o.amount, o.products_needed, o.competitors, "
         "r.code, "
         "o.created_on, o.expected_close, o.stage, o.probability, o.lost_reason, o.lost_competitor, "
         "o.closed_on, "
         "o.lead_source_score, o.lead_need_score, o.lead_budget_score, o.lead_intent_score "
         "FROM opportunities o JOIN customers c ON c.id = o.customer_id "
         "LEFT JOIN reps r ON r.id = o.owner_rep_id WHERE o.deleted = 0 ORDER BY o.code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"title", Kind::Text},
          {u"source", Kind::Text},
          {u"amount", Kind::Money},
          {u"products_needed", Kind::Text},
          {u"competitors", Kind::Text},
          {u"owner_code", Kind::Text},
          {u"created_on", Kind::Date},
          {u"expected_close", Kind::Date},
          {u"stage", Kind::Text},
          {u"probability", Kind::Number},
          {u"lost_reason", Kind::Text},
          {u"lost_competitor", Kind::Text},
          {u"closed_on", Kind::Date},
          {u"lead_source_score", Kind::Number},
          {u"lead_need_score", Kind::Number},
          {u"lead_budget_score", Kind::Number},
          {u"lead_intent_score", Kind::Number}}},
        {u"stage-history",
         "SELECT h.id, o.code, h.from_stage, h.to_stage, h.changed_at, h.changed_on, h.changed_by "
         "FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id WHERE h.deleted = 0 "
         "ORDER BY o.code, h.changed_at, h.id",
         {{u"id", Kind::Text},
          {u"opportunity_code", Kind::Text},
          {u"from_stage", Kind::Text},
          {u"to_stage", Kind::Text},
          {u"changed_at", Kind::Date},
          {u"changed_on", Kind::Date},
          {u"changed_by", Kind::PersonName}}},
        {u"orders",
         "SELECT o.id, o.number, c.code, p.code, r.code, ch.code, o.order_date, o.sign_date, "
         "o.contract_amount, "
         "o.amount, o.payment_terms, o.status, o.delivery_status, o.notes FROM orders o "
         "JOIN customers c ON c.id = o.customer_id LEFT JOIN opportunities p ON p.id = o.opportunity_id "
         "LEFT JOIN reps r ON r.id = o.owner_rep_id LEFT JOIN channels ch ON ch.id = o.channel_id "
         "WHERE o.deleted = 0 ORDER BY o.number",
         {{u"id", Kind::Text},
          {u"order_number", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"opportunity_code", Kind::Text},
          {u"owner_code", Kind::Text},
          {u"channel_code", Kind::Text},
          {u"order_date", Kind::Date},
          {u"sign_date", Kind::Date},
          {u"contract_amount", Kind::Money},
          {u"amount", Kind::Money},
          {u"payment_terms", Kind::Text},
          {u"status", Kind::Text},
          {u"delivery_status", Kind::Text},
          {u"notes", Kind::Text}}},
        {u"order-lines",
         "SELECT l.id, o.number, l.line_no, p.sku, l.quantity, l.unit_price, l.discount_bp, l.amount "
         "FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN products p ON p.id = l.product_id "
         "WHERE l.deleted = 0 AND o.deleted = 0 ORDER BY o.number, l.line_no",
         {{u"id", Kind::Text},
          {u"order_number", Kind::Text},
          {u"line_no", Kind::Number},
          {u"sku", Kind::Text},
          {u"quantity", Kind::Number},
          {u"unit_price", Kind::Price4},
          {u"discount_pct", Kind::Percent},
          {u"amount", Kind::Money}}},
        {u"tickets",
         "SELECT t.id, t.number, c.code, t.category, t.opened_at, t.first_response_at, t.resolved_at, "
         "t.first_contact_resolution, t.csat, t.nps, t.ces, t.status FROM tickets t "
         "JOIN customers c ON c.id = t.customer_id WHERE t.deleted = 0 ORDER BY t.number",
         {{u"id", Kind::Text},
          {u"number", Kind::Text},
          {u"customer_code", Kind::Text},
          {u"category", Kind::Text},
          {u"opened_at", Kind::Date},
          {u"first_response_at", Kind::Date},
          {u"resolved_at", Kind::Date},
          {u"first_contact_resolution", Kind::Number},
          {u"csat", Kind::Number},
          {u"nps", Kind::Number},
          {u"ces", Kind::Number},
          {u"status", Kind::Text}}},
        {u"targets",
         "SELECT t.id, t.period, t.scope_kind, t.scope_key, t.amount, p.period, p.scope_kind, p.scope_key, "
         "t.weight_bp FROM targets t LEFT JOIN targets p ON p.id = t.parent_id WHERE t.deleted = 0 "
         "ORDER BY t.period, t.scope_kind, t.scope_key",
         {{u"id", Kind::Text},
          {u"period", Kind::Text},
          {u"scope_kind", Kind::Text},
          {u"scope_key", Kind::Text},
          {u"amount", Kind::Money},
          {u"parent_period", Kind::Text},
          {u"parent_scope_kind", Kind::Text},
          {u"parent_scope_key", Kind::Text},
          {u"weight_pct", Kind::Percent}}},
        {u"commission-plans",
         "SELECT id, code, name, mode, quarter_bonus_months_pct, satisfaction_bonus_bp, "
         "satisfaction_csat_threshold_bp, team_pool_bp FROM commission_plans WHERE deleted = 0 ORDER BY code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"mode", Kind::Text},
          {u"quarter_bonus_months_pct", Kind::Number},
          {u"satisfaction_bonus_pct", Kind::Percent},
          {u"satisfaction_csat_threshold_pct", Kind::Percent},
          {u"team_pool_pct", Kind::Percent}}},
        {u"reps",
         "SELECT r.id, r.code, r.name, t.code, r.email, r.phone, r.base_pay, p.code, r.hired_on, r.active "
         "FROM reps r LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN commission_plans p "
         "ON p.id = r.commission_plan_id WHERE r.deleted = 0 ORDER BY r.code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::PersonName},
          {u"team_code", Kind::Text},
          {u"email", Kind::Email},
          {u"phone", Kind::Phone},
          {u"base_pay", Kind::Money},
          {u"commission_plan_code", Kind::Text},
          {u"hired_on", Kind::Date},
          {u"active", Kind::Number}}},
        {u"teams",
         "SELECT t.id, t.code, t.name, p.code, t.region FROM teams t LEFT JOIN teams p "
         "ON p.id = t.parent_team_id WHERE t.deleted = 0 ORDER BY t.code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"parent_code", Kind::Text},
          {u"region", Kind::Text}}},
        {u"channels",
         "SELECT id, code, name, type, share_model, partner_name FROM channels WHERE deleted = 0 ORDER BY "
         "code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"type", Kind::Text},
          {u"share_model", Kind::Text},
          {u"partner_name", Kind::Text}}},
        {u"promotions",
         "SELECT id, code, name, type, start_date, end_date, budget, cost, calendar_node FROM promotions "
         "WHERE deleted = 0 ORDER BY code",
         {{u"id", Kind::Text},
          {u"code", Kind::Text},
          {u"name", Kind::Text},
          {u"type", Kind::Text},
          {u"start_date", Kind::Date},
          {u"end_date", Kind::Date},
          {u"budget", Kind::Money},
          {u"cost", Kind::Money},
          {u"calendar_node", Kind::Text}}},
    };
    return list;
}

const EntitySpec *findSpec(const QString &entity)
{
    for (const EntitySpec &spec : specs()) {
        if (entity == QStringView(spec.name))
            return &spec;
    }
    return nullptr;
}

/// Translations in the "sb::core::Exporter" context, spelled ExporterText::tr() so that
/// lupdate files them under the context the program asks for.
class ExporterText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Exporter)
};

QString columnText(sqlite3_stmt *stmt, int i)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(stmt, i)) : QString();
}

bool isTextKind(Kind kind)
{
    return kind == Kind::Text || kind == Kind::PersonName || kind == Kind::Phone || kind == Kind::Email;
}

QString textValue(sqlite3_stmt *stmt, int i, Kind kind, bool mask)
{
    const QString value = columnText(stmt, i);
    if (!mask)
        return value;
    switch (kind) {
    case Kind::PersonName:
        return masking::personName(value);
    case Kind::Phone:
        return masking::phone(value);
    case Kind::Email:
        return masking::email(value);
    default:
        return value;
    }
}

QByteArrayView columnBytes(sqlite3_stmt *stmt, int i)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
    return data ? QByteArrayView(data, sqlite3_column_bytes(stmt, i)) : QByteArrayView();
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// Cells go from the column's bytes to the file's without a QString, except text that is not
// ASCII (decoded as before, so that bytes that are not UTF-8 are replaced as they always were)
// and masked values.
void writeCell(CsvWriter &out, sqlite3_stmt *stmt, int i, Kind kind, bool mask)
{
    if (sqlite3_column_type(stmt, i) == SQLITE_NULL) {
        isTextKind(kind) ? out.textUtf8({}) : out.rawUtf8({});
        return;
    }
    if (isTextKind(kind)) {
        const QByteArrayView bytes = columnBytes(stmt, i);
        if ((mask && kind != Kind::Text) || !isAscii(bytes))
            out.text(textValue(stmt, i, kind, mask));
        else
            out.textUtf8(bytes);
        return;
    }
    switch (kind) {
    case Kind::Number:
        out.number(sqlite3_column_int64(stmt, i));
        return;
    case Kind::Money:
    case Kind::Percent:
        out.fixed(sqlite3_column_int64(stmt, i), 2, 2);
        return;
    case Kind::Price4:
        out.fixed(sqlite3_column_int64(stmt, i), 4, 2);
        return;
    default: {
        const QByteArrayView bytes = columnBytes(stmt, i); // dates and codes, written as they are
        isAscii(bytes) ? out.rawUtf8(bytes) : out.raw(columnText(stmt, i));
        return;
    }
    }
}

void writeCell(XlsxWriter &out, sqlite3_stmt *stmt, int i, Kind kind, bool mask)
{
    if (sqlite3_column_type(stmt, i) == SQLITE_NULL) {
        out.blank();
        return;
    }
    if (isTextKind(kind)) {
        out.text(textValue(stmt, i, kind, mask));
        return;
    }
    switch (kind) {
    case Kind::Number:
        out.integer(sqlite3_column_int64(stmt, i));
        return;
    case Kind::Money:
    case Kind::Percent:
        out.money(sqlite3_column_int64(stmt, i));
        return;
    case Kind::Price4:
        out.price4(sqlite3_column_int64(stmt, i));
        return;
    default:
        out.date(columnText(stmt, i));
        return;
    }
}

// An export reads most pages of its tables once: through a memory map instead of a copy
// per page, for as long as the export runs. SQLite caps the size at its compile-time limit.
class MappedReads final
{
public:
    explicit MappedReads(sqlite3 *db) : m_db(db)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA mmap_size", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            m_previous = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        set(qint64(1) << 40);
    }
    ~MappedReads() { set(m_previous); }
    MappedReads(const MappedReads &) = delete;
    MappedReads &operator=(const MappedReads &) = delete;

private:
    // Without the map the export still works, only slower: a failure here is not an error.
    // A pragma takes no bound parameters; the number is this class's own, never input.
    void set(qint64 bytes)
    {
        const QByteArray sql = "PRAGMA mmap_size = " + QByteArray::number(bytes);
        sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    }

    sqlite3 *m_db;
    qint64 m_previous = 0;
};

template<typename Writer>
qint64 writeRows(Writer &out, sqlite3 *handle, sqlite3_stmt *stmt, const EntitySpec &spec,
                 const ExportOptions &options, const ExportProgress &progress)
{
    qint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < int(spec.columns.size()); ++i)
            writeCell(out, stmt, i, spec.columns[i].kind, options.maskPersonalData);
        out.endRow();
        ++rows;
        if (progress && rows % 10000 == 0 && !progress(rows))
            throw Error(Error::Kind::Data, ExporterText::tr("Export cancelled; no file was written."));
    }
    if (rc != SQLITE_DONE)
        throw Error(Error::Kind::Database,
                    ExporterText::tr("Cannot read %1: %2")
                        .arg(QString::fromUtf16(spec.name), QString::fromUtf8(sqlite3_errmsg(handle))));
    out.commit();
    if (progress)
        progress(rows);
    return rows;
}

} // namespace

QStringList exportableEntities()
{
    QStringList names;
    for (const EntitySpec &spec : specs())
        names.append(QString::fromUtf16(spec.name));
    return names;
}

QStringList exportColumns(const QString &entity)
{
    QStringList headers;
    if (const EntitySpec *spec = findSpec(entity)) {
        for (const Column &c : spec->columns)
            headers.append(QString::fromUtf16(c.header));
    }
    return headers;
}

qint64 exportEntity(const Database &db, const QString &entity, const QString &path,
                    const ExportOptions &options, const ExportProgress &progress)
{
    const EntitySpec *spec = findSpec(entity);
    if (!spec)
        throw Error(Error::Kind::Usage,
                    ExporterText::tr("Unknown entity \"%1\"; one of: %2.")
                        .arg(entity, exportableEntities().join(QStringLiteral(", "))));
    db.refuseOwnFile(path);
    sqlite3 *handle = db.handle();
    if (!handle)
        throw Error(Error::Kind::Database, ExporterText::tr("The workspace connection is not open."));
    // The C API streams rows without Qt's per-value QVariant boxing: exports are a bulk path.
    const MappedReads mapped(handle);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, spec->sql, -1, &stmt, nullptr) != SQLITE_OK)
        throw Error(
            Error::Kind::Database,
            ExporterText::tr("Cannot read %1: %2").arg(entity, QString::fromUtf8(sqlite3_errmsg(handle))));
    struct Finalizer
    {
        sqlite3_stmt *s;
        ~Finalizer() { sqlite3_finalize(s); }
    } finalizer{stmt};

    if (options.format == ExportOptions::Format::Xlsx) {
        XlsxWriter out(path, entity, exportColumns(entity));
        return writeRows(out, handle, stmt, *spec, options, progress);
    }
    CsvWriter out(path, options.encoding);
    for (const Column &c : spec->columns)
        out.raw(QStringView(c.header));
    out.endRow();
    return writeRows(out, handle, stmt, *spec, options, progress);
}

namespace masking {

QString phone(const QString &value)
{
    QString digits;
    for (const QChar c : value) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.size() >= 11)
        return digits.left(3) + QStringLiteral("****") + digits.right(4);
    if (digits.size() >= 5)
        return digits.left(2) + QString(digits.size() - 4, u'*') + digits.right(2);
    return QString(digits.size(), u'*');
}

QString personName(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    // Keep the first character (the family name in Chinese) and hide the rest.
    const qsizetype firstLength = trimmed.front().isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    return trimmed.left(firstLength) + QString(qMax<qsizetype>(1, trimmed.size() - firstLength), u'*');
}

QString email(const QString &value)
{
    const qsizetype at = value.indexOf(u'@');
    if (at <= 0)
        return personName(value);
    return value.left(1) + QStringLiteral("***") + value.mid(at);
}

} // namespace masking
} // namespace sb::core
