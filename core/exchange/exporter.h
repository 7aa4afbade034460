// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/csvwriter.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sb::core {

class Database;

/// Options of a CSV export.
struct ExportOptions
{
    enum class Format {
        Csv,
        Xlsx
    };
    Format format = Format::Csv;
    CsvWriter::Encoding encoding = CsvWriter::Encoding::Utf8Bom;
    bool maskPersonalData = false; ///< phone 138****1234, names 张*, e-mail a***@example.com
};

/// Progress: rows written so far; returning false cancels (no file is left).
using ExportProgress = std::function<bool(qint64 rows)>;

/// Exports one entity (CSV or XLSX) (customers, orders, order-lines, opportunities, stage-history,
/// products, reps, teams, contacts, activities, tickets, targets, channels, promotions)
/// to CSV with English snake_case headers, references by natural key, amounts with
/// two decimals, ISO dates. Returns the number of rows. Throws Error::Usage for an
/// unknown entity and Error::Database when writing fails.
qint64 exportEntity(const Database &db, const QString &entity, const QString &path,
                    const ExportOptions &options = {}, const ExportProgress &progress = {});

/// The entity names exportEntity() accepts, in a stable order.
QStringList exportableEntities();

/// The header row exportEntity() writes for an entity (empty for an unknown one).
QStringList exportColumns(const QString &entity);

namespace masking {
/// 13812341234 → 138****1234; shorter numbers keep their first and last two digits.
QString phone(const QString &value);
/// 张三 → 张*, John Smith → J*********.
QString personName(const QString &value);
/// alice@example.com → a***@example.com.
QString email(const QString &value);
} // namespace masking

} // namespace sb::core
