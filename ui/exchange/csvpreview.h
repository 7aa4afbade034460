// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/csvreader.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::ui {

/// The first records of a CSV file as the importer would decode them.
struct CsvPreview
{
    core::TextEncoding encoding = core::TextEncoding::Utf8;
    bool encodingDetected = false; ///< true when `encoding` was detected, not chosen
    QChar delimiter;
    bool delimiterDetected = false;
    qint64 fileSize = 0;
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> lineNumbers; ///< where each row starts in the file
    bool truncated = false; ///< the file has more records than were read
    QString error; ///< why the file could not be read (rows up to it are kept)

    static constexpr int DefaultRows = 50;

    /// Reads the header and up to `maxRows` records; `encoding` and `delimiter`
    /// unset mean detect them, as runImport() does. Safe to call on a worker thread.
    static CsvPreview read(const QString &path, std::optional<core::TextEncoding> encoding, QChar delimiter,
                           const QLocale &locale, int maxRows = DefaultRows);
};

} // namespace sb::ui
