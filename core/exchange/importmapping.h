// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace sb::core {

/// How a file's columns become an entity's fields: the JSON mapping file of
/// architecture.md, also saved from the import wizard.
struct ImportMapping
{
    QString entity;
    QString encoding = QStringLiteral("auto");   ///< auto, utf-8, gb18030, …
    QString delimiter = QStringLiteral("auto");  ///< auto, ",", ";", "tab"
    QChar decimal = u'.';
    QString dateFormat;                          ///< Qt date format, or empty for the common forms
    QString dateOrder;                           ///< "", "dmy" or "mdy" for slash dates
    /// Source column → fields it feeds (one column may feed several fields).
    QList<std::pair<QString, QStringList>> columns;
    /// Field → (source value → stored value), e.g. stage "Prospecting" → "initial_contact".
    QHash<QString, QHash<QString, QString>> values;
    /// Field → fixed value for every row.
    QHash<QString, QString> constants;

    /// The fields a source column feeds (empty when unmapped).
    QStringList fieldsFor(const QString &column) const;
    /// Applies the value translation of a field, if any.
    QString translate(const QString &field, const QString &value) const;

    /// Parses the JSON text; throws Error::Usage naming the problem.
    static ImportMapping fromJson(const QByteArray &json);
    /// Reads a mapping file; throws Error::Usage when missing or malformed.
    static ImportMapping load(const QString &path);
    QByteArray toJson() const;
    /// Writes atomically; throws Error::Database on failure.
    void save(const QString &path) const;

    /// Suggests a mapping for a header row by matching English and Chinese names.
    static ImportMapping suggest(const QString &entity, const QStringList &headers);
};

} // namespace sb::core
