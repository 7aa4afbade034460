// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/abcexport.h"

#include "core/domain/error.h"
#include "core/domain/money.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/xlsxwriter.h"
#include "ui/abc/abcrankingmodel.h"

#include <QFileInfo>
#include <QStringList>

#include <cmath>

namespace sb::ui {

namespace {

QStringList headers()
{
    using M = AbcRankingModel;
    return {M::columnTitle(M::Rank),
            M::columnTitle(M::Code),
            M::columnTitle(M::Name),
            M::columnTitle(M::Revenue),
            AbcExport::tr("%1 (%)").arg(M::columnTitle(M::Share)),
            AbcExport::tr("%1 (%)").arg(M::columnTitle(M::CumulativeShare)),
            M::columnTitle(M::ClassKey)};
}

// A fraction as hundredths of a percent (0.45201 → 4520), written with two decimals.
qint64 basisPoints(double fraction)
{
    return qint64(std::llround(fraction * 10000.0));
}

void writeCsv(const core::abc::AbcResult &result, const QString &path)
{
    // With a byte-order mark, spreadsheets open Chinese names correctly.
    core::CsvWriter csv(path, core::CsvWriter::Encoding::Utf8Bom);
    for (const QString &header : headers())
        csv.text(header);
    csv.endRow();
    for (const core::abc::Row &row : result.rows) {
        csv.raw(QString::number(row.rank));
        csv.text(row.code);
        csv.text(row.name);
        csv.raw(core::money::toDecimalString(row.revenue));
        csv.raw(core::money::toDecimalString(basisPoints(row.share)));
        csv.raw(core::money::toDecimalString(basisPoints(row.cumulativeShare)));
        csv.text(core::abc::key(row.cls));
        csv.endRow();
    }
    csv.commit();
}

void writeXlsx(const core::abc::AbcResult &result, const QString &path)
{
    core::XlsxWriter xlsx(path, AbcExport::tr("ABC segmentation"), headers());
    for (const core::abc::Row &row : result.rows) {
        xlsx.integer(row.rank);
        xlsx.text(row.code);
        xlsx.text(row.name);
        xlsx.money(row.revenue);
        // Two-decimal numbers: the money format shows hundredths of a percent as 45.20.
        xlsx.money(basisPoints(row.share));
        xlsx.money(basisPoints(row.cumulativeShare));
        xlsx.text(core::abc::key(row.cls));
        xlsx.endRow();
    }
    xlsx.commit();
}

} // namespace

void AbcExport::write(const core::abc::AbcResult &result, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        writeCsv(result, path);
    else if (suffix == QLatin1String("xlsx"))
        writeXlsx(result, path);
    else
        throw core::Error(core::Error::Kind::Usage, tr("Choose a file name ending in .csv or .xlsx."));
}

} // namespace sb::ui
