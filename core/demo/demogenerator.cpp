// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include "core/demo/democontext.h"
#include "core/demo/demosteps.h"
#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/demowriter.h"
#include "core/storage/sqlite/sqlitebulkmode.h"

#include <QCoreApplication>

#include <cmath>

namespace sb::core {

namespace {

using demo::DemoContext;

/// Translations in the "sb::core::Demo" context, spelled DemoText::tr() so that
/// lupdate files them under the context the program asks for.
class DemoText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Demo)
};

constexpr qint64 kMaxOrderLines = 20'000'000;

// Relative business volume by calendar month: the Spring Festival dip, 618,
// Double 11 and the year-end push.
constexpr double kSeason[12] = {0.9, 0.65, 1.0, 1.0, 1.05, 1.2, 0.95, 0.9, 1.05, 1.0, 1.3, 1.25};
constexpr double kYearlyGrowth = 1.18;

std::optional<qint64> ordersScale(const QString &scale)
{
    static const QString suffix = QStringLiteral("-orders");
    if (!scale.endsWith(suffix))
        return std::nullopt;
    const QStringView digits = QStringView(scale).chopped(suffix.size());
    if (digits.isEmpty() || digits.size() > 9)
        return std::nullopt;
    for (const QChar ch : digits) {
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
    }
    const qint64 lines = digits.toLongLong();
    if (lines < 1 || lines > kMaxOrderLines)
        return std::nullopt;
    return lines;
}

std::optional<demo::DemoCounts> countsFor(const DemoOptions &options)
{
    demo::DemoCounts counts;
    if (options.scale == u"small") {
        counts = {300, 1500, 4000, 0, 40, 0, 0};
    } else if (options.scale == u"medium") {
        counts = {5000, 20000, 100000, 0, 120, 0, 0};
    } else if (options.scale == u"large") {
        counts = {50000, 200000, 1000000, 0, 300, 0, 0};
    } else if (const auto lines = ordersScale(options.scale)) {
        counts.orderLines = *lines;
        counts.customers = std::clamp<qint64>(*lines / 20, 30, 200000);
        counts.opportunities = std::clamp<qint64>(*lines / 5, 100, 2000000);
        counts.products = int(std::clamp<qint64>(30 + *lines / 4000, 30, 320));
    } else {
        return std::nullopt;
    }
    if (options.orderLines)
        counts.orderLines = *options.orderLines;
    counts.tickets = std::max<qint64>(60, counts.orderLines / 12);
    counts.reps = int(std::clamp<qint64>(std::llround(std::sqrt(double(counts.customers)) * 0.8), 10, 250));
    counts.teams = std::clamp(counts.reps / 8 + 2, 4, 9);
    return counts;
}

void buildMonthWeights(DemoContext &ctx)
{
    for (int m = 0; m < ctx.months; ++m) {
        const qint64 first = ctx.monthStart(m);
        const qint64 days = ctx.monthStart(m + 1) - first;
        const qint64 open = std::min(ctx.today, first + days - 1) - first + 1;
        const int calendarMonth = QDate::fromJulianDay(first).month();
        ctx.monthWeights.add(kSeason[calendarMonth - 1] * std::pow(kYearlyGrowth, m / 12.0) * double(open)
                             / double(days));
    }
}

void writeSettings(Database &db, const DemoOptions &options)
{
    db.setSetting(QStringLiteral("office_id"), QString::fromLatin1(demo::kOffice));
    db.setSetting(QStringLiteral("number_prefix"), QString::fromLatin1(demo::kNumberPrefix));
    db.setSetting(QStringLiteral("is_demo"), QStringLiteral("1"));
    db.setSetting(QStringLiteral("demo_seed"), QString::number(options.seed));
    db.setSetting(QStringLiteral("demo_today"), options.today.toString(Qt::ISODate));
    db.setSetting(QStringLiteral("demo_scale"), options.scale);
    if (options.orderLines)
        db.setSetting(QStringLiteral("demo_order_lines"), QString::number(*options.orderLines));
}

} // namespace

bool isValidDemoScale(const QString &scale)
{
    return scale == u"small" || scale == u"medium" || scale == u"large" || ordersScale(scale).has_value();
}

DemoSummary generateDemo(Database &db, const DemoOptions &options, const DemoProgress &progress)
{
    const auto counts = countsFor(options);
    if (!counts)
        throw Error(Error::Kind::Usage,
                    DemoText::tr("Unknown demo scale \"%1\": use small, medium, large or N-orders "
                                 "(for example 20000-orders).")
                        .arg(options.scale));
    if (counts->orderLines < 1 || counts->orderLines > kMaxOrderLines)
        throw Error(
            Error::Kind::Usage,
            DemoText::tr("The number of demo order lines must be between 1 and %1.").arg(kMaxOrderLines));
    if (!options.today.isValid())
        throw Error(Error::Kind::Usage, DemoText::tr("The demo needs a valid date for today."));
    if (db.isReadOnly())
        throw Error(Error::Kind::Database,
                    DemoText::tr("The workspace is open read-only; the demo cannot be written."));
    if (!DemoWriter::canWrite(db))
        throw Error(Error::Kind::Database,
                    DemoText::tr("The workspace has no SQLite connection for the demo."));
    if (DemoWriter::holdsData(db))
        throw Error(Error::Kind::Data,
                    DemoText::tr("The workspace already holds data. The demo fills only an empty "
                                 "workspace; create a new one for it."));

    DemoContext ctx;
    ctx.seed = options.seed;
    ctx.today = options.today.toJulianDay();
    ctx.start = QDate(options.today.year(), options.today.month(), 1).addMonths(-23).toJulianDay();
    ctx.months = 24;
    ctx.counts = *counts;
    ctx.progress = &progress;
    // Progress counts rows of the big tables, plus a share for rebuilding the indexes at the end.
    const qint64 indexSteps = counts->orderLines / 5;
    ctx.total = counts->customers + counts->opportunities + counts->orderLines + counts->tickets + indexSteps;
    buildMonthWeights(ctx);

    // One transaction: a failure or a cancel leaves the workspace as empty as it was.
    const SqliteBulkMode bulkMode(db);
    Database::Transaction transaction(db);
    SqliteDroppedIndexes indexes(db, DemoWriter::tables());
    {
        // Its statements are finalised before the indexes are built again.
        DemoWriter writer(db);
        ctx.writer = &writer;
        demo::writeOrganisation(ctx);
        demo::writeCatalog(ctx);
        demo::writeCustomers(ctx);
        demo::writePipeline(ctx);
        demo::writeOrders(ctx);
        demo::writeService(ctx);
        demo::writePlanning(ctx);
        demo::writeFollowUps(ctx);
        ctx.writer = nullptr;
    }
    const qint64 stepsPerIndex = indexSteps / std::max<qint64>(1, indexes.size());
    indexes.recreate([&ctx, stepsPerIndex] { ctx.advance(stepsPerIndex); });
    writeSettings(db, options);
    if (progress && !progress(ctx.total, ctx.total))
        throw Error(Error::Kind::Data, DemoText::tr("Demo generation was cancelled; nothing was written."));
    transaction.commit();
    return ctx.summary;
}

} // namespace sb::core
