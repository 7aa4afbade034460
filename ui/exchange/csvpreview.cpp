// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/csvpreview.h"

#include <QCoreApplication>
#include <QFile>

namespace sb::ui {

namespace {

QString issueText(const core::CsvIssue &issue)
{
    return QCoreApplication::translate("sb::ui::CsvPreview", "Row %1, column %2: %3")
        .arg(issue.row)
        .arg(issue.column)
        .arg(issue.message);
}

} // namespace

CsvPreview CsvPreview::read(const QString &path, std::optional<core::TextEncoding> encoding, QChar delimiter,
                            const QLocale &locale, int maxRows)
{
    CsvPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = QCoreApplication::translate("sb::ui::CsvPreview", "Cannot read %1: %2")
                            .arg(path, file.errorString());
        return preview;
    }
    preview.fileSize = file.size();
    preview.encodingDetected = !encoding.has_value();
    preview.encoding = encoding ? *encoding : core::textencoding::detect(file, locale);
    file.seek(0);
    preview.delimiterDetected = delimiter.isNull();
    core::CsvReader reader(file, preview.encoding, delimiter);
    if (!reader.next(preview.headers)) {
        preview.error = reader.error()
            ? issueText(*reader.error())
            : QCoreApplication::translate("sb::ui::CsvPreview", "The file is empty: it has no header row.");
        return preview;
    }
    for (QString &header : preview.headers)
        header = header.trimmed();
    preview.delimiter = reader.delimiter();
    QStringList record;
    while (preview.rows.size() < maxRows && reader.next(record)) {
        preview.rows.append(record);
        preview.lineNumbers.append(reader.row());
    }
    if (reader.error())
        preview.error = issueText(*reader.error());
    else if (preview.rows.size() == maxRows)
        preview.truncated = reader.next(record);
    return preview;
}

} // namespace sb::ui
