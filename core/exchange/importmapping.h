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
    QString encoding = QStringLiteral("auto"); ///< auto, or a name textencoding::fromName() knows
    QString delimiter = QStringLiteral("auto"); ///< auto, "tab", or one character: ",", ";", "|", …
    QChar decimal = u'.';
    QString dateFormat; ///< Qt date format, or empty for the common forms
    QString dateOrder; ///< "", "dmy" or "mdy" for slash dates
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

    /// A mapping file larger than this is refused unread: no mapping needs more.
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    /// Parses and validates the JSON text (see validate()); throws Error::Data naming
    /// the key (`columns."Order Date"`, `values.stage.Won`) and what it should be.
    /// Fields are checked against the mapping's "entity", else against `importEntity`.
    static ImportMapping fromJson(const QByteArray &json, const QString &importEntity = {});
    /// Reads and validates a mapping file; throws Error::Usage when it cannot be opened
    /// and Error::Data, naming the file, when it is not a regular file, is larger than
    /// MaxFileSize or is not a valid mapping.
    static ImportMapping load(const QString &path, const QString &importEntity = {});
    /// Checks what the JSON types cannot: a known entity, encoding and delimiter, and
    /// targets that are fields of the entity (the mapping's own, else `importEntity`;
    /// unchecked when neither is known), each fed by one column only. Throws Error::Data.
    void validate(const QString &importEntity = {}) const;
    QByteArray toJson() const;
    /// Writes atomically; throws Error::Database on failure.
    void save(const QString &path) const;

    /// Suggests a mapping for a header row by matching English and Chinese names.
    static ImportMapping suggest(const QString &entity, const QStringList &headers);
};

} // namespace sb::core
