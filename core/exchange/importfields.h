// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::core {

/// What kind of value an import field holds, which decides how it is parsed.
enum class FieldType {
    Text,
    Code,
    Amount,
    UnitPrice,
    Percent,
    Integer,
    Date,
    DateTime,
    Boolean,
    Enum
};

/// One field an entity's import accepts, with the header spellings it answers to.
struct ImportField
{
    QString name; ///< snake_case, as in exported headers
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList aliases; ///< other English and Chinese header spellings
};

namespace importfields {
/// The fields of an entity (customers, products, orders, order-lines, …); empty when unknown.
QList<ImportField> forEntity(const QString &entity);
/// Entities that can be imported.
QStringList entities();
/// A header reduced for matching: lower case, no spaces, underscores, dashes or
/// brackets, full-width forms folded ("Customer Code" → "customercode").
QString normaliseHeader(const QString &header);
/// The field a header matches for an entity, or empty.
QString matchHeader(const QString &entity, const QString &header);
} // namespace importfields

} // namespace sb::core
