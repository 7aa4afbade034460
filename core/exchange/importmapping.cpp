// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/importmapping.h"

#include "core/domain/error.h"
#include "core/exchange/importfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sb::core {

namespace {
/// Translations in the "sb::core::ImportMapping" context, spelled MappingText::tr() so that
/// lupdate files them under the context the program asks for.
class MappingText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::ImportMapping)
};

Error usage(const QString &message)
{
    return Error(Error::Kind::Usage, message);
}
} // namespace

QStringList ImportMapping::fieldsFor(const QString &column) const
{
    for (const auto &[source, fields] : columns) {
        if (source == column)
            return fields;
    }
    return {};
}

QString ImportMapping::translate(const QString &field, const QString &value) const
{
    const auto it = values.constFind(field);
    if (it == values.cend())
        return value;
    return it->value(value, value);
}

ImportMapping ImportMapping::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw usage(MappingText::tr("The mapping is not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        throw usage(MappingText::tr("The mapping must be a JSON object."));
    const QJsonObject root = doc.object();
    ImportMapping m;
    m.entity = root.value(u"entity").toString();
    m.encoding = root.value(u"encoding").toString(QStringLiteral("auto"));
    m.delimiter = root.value(u"delimiter").toString(QStringLiteral("auto"));
    const QString decimal = root.value(u"decimal").toString(QStringLiteral("."));
    if (decimal != u"." && decimal != u",")
        throw usage(MappingText::tr("\"decimal\" must be \".\" or \",\", not \"%1\".").arg(decimal));
    m.decimal = decimal.front();
    m.dateFormat = root.value(u"date_format").toString();
    m.dateOrder = root.value(u"date_order").toString();
    if (!m.dateOrder.isEmpty() && m.dateOrder != u"dmy" && m.dateOrder != u"mdy")
        throw usage(MappingText::tr("\"date_order\" must be \"dmy\" or \"mdy\"."));

    const QJsonValue columnsValue = root.value(u"columns");
    if (!columnsValue.isObject())
        throw usage(MappingText::tr("The mapping needs a \"columns\" object (source column → field)."));
    const QJsonObject columnsObject = columnsValue.toObject();
    const QList<ImportField> known = importfields::forEntity(m.entity);
    auto checkField = [&](const QString &field) {
        if (known.isEmpty())
            return;
        for (const ImportField &k : known) {
            if (k.name == field)
                return;
        }
        throw usage(MappingText::tr("Unknown field \"%1\" for %2 in the mapping.").arg(field, m.entity));
    };
    for (auto it = columnsObject.begin(); it != columnsObject.end(); ++it) {
        QStringList fields;
        if (it->isString()) {
            fields.append(it->toString());
        } else if (it->isArray()) {
            for (const QJsonValue &v : it->toArray())
                fields.append(v.toString());
        } else {
            throw usage(MappingText::tr("Column \"%1\" must map to a field name or a list of field names.")
                            .arg(it.key()));
        }
        for (const QString &field : std::as_const(fields))
            checkField(field);
        m.columns.append({it.key(), fields});
    }
    // A JSON number or boolean stands for its text, as in constants.
    auto text = [](const QJsonValue &v) { return v.isString() ? v.toString() : v.toVariant().toString(); };
    const QJsonObject values = root.value(u"values").toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        // A translation for a misspelt field would leave the file's values as they are, unnoticed.
        checkField(it.key());
        QHash<QString, QString> table;
        const QJsonObject pairs = it->toObject();
        for (auto p = pairs.begin(); p != pairs.end(); ++p)
            table.insert(p.key(), text(*p));
        m.values.insert(it.key(), table);
    }
    const QJsonObject constants = root.value(u"constants").toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        checkField(it.key());
        m.constants.insert(it.key(), text(*it));
    }
    return m;
}

ImportMapping ImportMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw usage(MappingText::tr("Cannot read the mapping file %1: %2").arg(path, file.errorString()));
    try {
        return fromJson(file.readAll());
    } catch (const Error &e) {
        throw usage(MappingText::tr("%1: %2").arg(path, e.message()));
    }
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject root;
    root.insert(u"entity", entity);
    root.insert(u"encoding", encoding);
    root.insert(u"delimiter", delimiter);
    root.insert(u"decimal", QString(decimal));
    if (!dateFormat.isEmpty())
        root.insert(u"date_format", dateFormat);
    if (!dateOrder.isEmpty())
        root.insert(u"date_order", dateOrder);
    QJsonObject cols;
    for (const auto &[source, fields] : columns)
        cols.insert(source, fields.size() == 1 ? QJsonValue(fields.first()) : QJsonValue(QJsonArray::fromStringList(fields)));
    root.insert(u"columns", cols);
    if (!values.isEmpty()) {
        QJsonObject v;
        for (auto it = values.begin(); it != values.end(); ++it) {
            QJsonObject pairs;
            for (auto p = it->begin(); p != it->end(); ++p)
                pairs.insert(p.key(), p.value());
            v.insert(it.key(), pairs);
        }
        root.insert(u"values", v);
    }
    if (!constants.isEmpty()) {
        QJsonObject c;
        for (auto it = constants.begin(); it != constants.end(); ++it)
            c.insert(it.key(), it.value());
        root.insert(u"constants", c);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ImportMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        throw Error(Error::Kind::Database,
                    MappingText::tr("Cannot write the mapping file %1: %2").arg(path, file.errorString()));
}

ImportMapping ImportMapping::suggest(const QString &entity, const QStringList &headers)
{
    ImportMapping m;
    m.entity = entity;
    QStringList used;
    for (const QString &header : headers) {
        const QString field = importfields::matchHeader(entity, header);
        if (!field.isEmpty() && !used.contains(field)) {
            used.append(field);
            m.columns.append({header, {field}});
        }
    }
    return m;
}

} // namespace sb::core
