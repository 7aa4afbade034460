// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/importmapping.h"

#include "core/domain/error.h"
#include "core/exchange/csvreader.h"
#include "core/exchange/importfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

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

/// A mapping that cannot be used is input data rejected (exit code 2), like a bad CSV file.
Error invalid(const QString &message)
{
    return Error(Error::Kind::Data, message);
}

const QStringList &topLevelKeys()
{
    static const QStringList keys{
        QStringLiteral("entity"),  QStringLiteral("encoding"),    QStringLiteral("delimiter"),
        QStringLiteral("decimal"), QStringLiteral("date_format"), QStringLiteral("date_order"),
        QStringLiteral("columns"), QStringLiteral("values"),      QStringLiteral("constants")};
    return keys;
}

/// `path.key`, the key in quotes unless it is a plain name: columns."Order Date", values.stage.Won.
QString keyPath(const QString &path, const QString &key)
{
    const bool plain = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-';
    });
    const QString step = plain ? key : u'"' + QString(key).replace(u'"', QStringLiteral("\\\"")) + u'"';
    return path.isEmpty() ? step : path + u'.' + step;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

/// The JSON name of a value's type, for "…, not a JSON array".
QString jsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString requireString(const QJsonObject &object, const QString &key, const QString &fallback)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return fallback;
    if (!it->isString())
        throw invalid(MappingText::tr("%1 must be a string, not a JSON %2.").arg(key, jsonType(*it)));
    return it->toString();
}

QJsonObject requireObject(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        throw invalid(MappingText::tr("%1 must be an object, not a JSON %2.").arg(path, jsonType(value)));
    return value.toObject();
}

// A JSON number or boolean stands for its text (Superstore's discount 0.2 translated to 20).
QString requireScalar(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    throw invalid(MappingText::tr("%1 must be a text, a number or true/false, not a JSON %2.")
                      .arg(path, jsonType(value)));
}

/// The delimiters the importer reads (delimiterFrom() in importer.cpp), as the CLI's
/// --delimiter takes them: "auto", "tab" or "\t", or one character other than a letter,
/// a digit, the quote or a control character. "Tab" or "ab" would split on their first letter.
bool isKnownDelimiter(const QString &delimiter)
{
    if (delimiter == u"auto" || delimiter == u"tab" || delimiter == u"\\t" || delimiter == u"\t")
        return true;
    if (delimiter.size() != 1)
        return false;
    const QChar c = delimiter.front();
    return c != u'"' && !c.isLetterOrNumber() && c.category() != QChar::Other_Control;
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

ImportMapping ImportMapping::fromJson(const QByteArray &json, const QString &importEntity)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw invalid(MappingText::tr("The mapping is not valid JSON at offset %1: %2")
                          .arg(parseError.offset)
                          .arg(parseError.errorString()));
    if (!doc.isObject())
        throw invalid(MappingText::tr("The mapping must be a JSON object."));
    const QJsonObject root = doc.object();
    // A misspelt key ("delimter") would be ignored and its setting lost without a word.
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!topLevelKeys().contains(it.key()))
            throw invalid(MappingText::tr("Unknown key %1 in the mapping; it may have: %2.")
                              .arg(keyPath({}, it.key()), topLevelKeys().join(QStringLiteral(", "))));
    }
    ImportMapping m;
    m.entity = requireString(root, QStringLiteral("entity"), {});
    m.encoding = requireString(root, QStringLiteral("encoding"), QStringLiteral("auto"));
    m.delimiter = requireString(root, QStringLiteral("delimiter"), QStringLiteral("auto"));
    const QString decimal = requireString(root, QStringLiteral("decimal"), QStringLiteral("."));
    if (decimal != u"." && decimal != u",")
        throw invalid(MappingText::tr("\"decimal\" must be \".\" or \",\", not \"%1\".").arg(decimal));
    m.decimal = decimal.front();
    m.dateFormat = requireString(root, QStringLiteral("date_format"), {});
    m.dateOrder = requireString(root, QStringLiteral("date_order"), {});

    const QJsonValue columnsValue = root.value(u"columns");
    if (columnsValue.isUndefined())
        throw invalid(MappingText::tr("The mapping needs a \"columns\" object (source column → field)."));
    const QJsonObject columnsObject = requireObject(columnsValue, QStringLiteral("columns"));
    for (auto it = columnsObject.begin(); it != columnsObject.end(); ++it) {
        const QString path = keyPath(QStringLiteral("columns"), it.key());
        auto wrongTarget = [](const QString &where, const QJsonValue &v) {
            return invalid(MappingText::tr("%1 must be a field name or a list of field names, not a JSON %2.")
                               .arg(where, jsonType(v)));
        };
        QStringList fields;
        if (it->isString()) {
            fields.append(it->toString());
        } else if (it->isArray()) {
            const QJsonArray array = it->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString())
                    throw wrongTarget(indexPath(path, i), array.at(i));
                fields.append(array.at(i).toString());
            }
        } else {
            throw wrongTarget(path, *it);
        }
        m.columns.append({it.key(), fields});
    }
    if (root.contains(u"values")) {
        const QJsonObject values = requireObject(root.value(u"values"), QStringLiteral("values"));
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString path = keyPath(QStringLiteral("values"), it.key());
            const QJsonObject pairs = requireObject(*it, path);
            QHash<QString, QString> table;
            for (auto p = pairs.begin(); p != pairs.end(); ++p)
                table.insert(p.key(), requireScalar(*p, keyPath(path, p.key())));
            m.values.insert(it.key(), table);
        }
    }
    if (root.contains(u"constants")) {
        const QJsonObject constants = requireObject(root.value(u"constants"), QStringLiteral("constants"));
        for (auto it = constants.begin(); it != constants.end(); ++it)
            m.constants.insert(it.key(), requireScalar(*it, keyPath(QStringLiteral("constants"), it.key())));
    }
    m.validate(importEntity);
    return m;
}

void ImportMapping::validate(const QString &importEntity) const
{
    if (!entity.isEmpty() && !importfields::entities().contains(entity))
        throw invalid(MappingText::tr("entity: unknown entity \"%1\"; one of: %2.")
                          .arg(entity, importfields::entities().join(QStringLiteral(", "))));
    if (encoding.trimmed().compare(u"auto", Qt::CaseInsensitive) != 0 && !textencoding::fromName(encoding))
        throw invalid(MappingText::tr("encoding: unknown encoding \"%1\"; use auto, utf-8, utf-8-bom, "
                                      "utf-16le, utf-16be, gb18030 (also gbk) or windows-1252.")
                          .arg(encoding));
    if (!isKnownDelimiter(delimiter))
        throw invalid(MappingText::tr("delimiter: unknown delimiter \"%1\"; use auto, \",\", \";\", \"|\", "
                                      "tab or another single character that is not a letter, digit or "
                                      "quote.")
                          .arg(delimiter));
    if (decimal != u'.' && decimal != u',')
        throw invalid(
            MappingText::tr("\"decimal\" must be \".\" or \",\", not \"%1\".").arg(QString(decimal)));
    if (!dateOrder.isEmpty() && dateOrder != u"dmy" && dateOrder != u"mdy")
        throw invalid(MappingText::tr("\"date_order\" must be \"dmy\" or \"mdy\"."));

    // Without this check a misspelt field would drop its column, or leave the file's values
    // untranslated, without a word.
    const QString target = entity.isEmpty() ? importEntity : entity;
    QStringList known;
    for (const ImportField &field : importfields::forEntity(target))
        known.append(field.name);
    auto checkField = [&](const QString &path, const QString &field) {
        if (field.isEmpty())
            throw invalid(MappingText::tr("%1: the field name is empty.").arg(path));
        if (!known.isEmpty() && !known.contains(field))
            throw invalid(MappingText::tr("%1: \"%2\" is not a field of %3; its fields are: %4.")
                              .arg(path, field, target, known.join(QStringLiteral(", "))));
    };
    // Two columns feeding one field: the importer would keep the last one's value.
    QHash<QString, QString> fedBy;
    for (const auto &[source, fields] : columns) {
        const QString path = keyPath(QStringLiteral("columns"), source);
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString where = fields.size() == 1 ? path : indexPath(path, i);
            checkField(where, fields.at(i));
            if (const auto first = fedBy.constFind(fields.at(i)); first != fedBy.cend())
                throw invalid(
                    MappingText::tr("%1 and %2 both map to the field \"%3\"; a field takes one column.")
                        .arg(*first, where, fields.at(i)));
            fedBy.insert(fields.at(i), where);
        }
    }
    // Sorted, so that of several mistakes the same one is reported every time.
    QStringList translated = values.keys();
    translated.sort();
    for (const QString &field : std::as_const(translated))
        checkField(keyPath(QStringLiteral("values"), field), field);
    QStringList fixed = constants.keys();
    fixed.sort();
    for (const QString &field : std::as_const(fixed))
        checkField(keyPath(QStringLiteral("constants"), field), field);
}

ImportMapping ImportMapping::load(const QString &path, const QString &importEntity)
{
    // Checked before opening: opening a FIFO waits for a writer, and /dev/zero never ends.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        throw invalid(MappingText::tr("The mapping file %1 is not a regular file.").arg(path));
    const auto tooLarge = [&path] {
        return invalid(
            MappingText::tr("The mapping file %1 is larger than %2 KiB; no mapping needs that much.")
                .arg(path)
                .arg(MaxFileSize / 1024));
    };
    if (info.size() > MaxFileSize)
        throw tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw usage(MappingText::tr("Cannot read the mapping file %1: %2").arg(path, file.errorString()));
    // The file may have grown since: read one byte more than allowed to tell.
    const QByteArray json = file.read(MaxFileSize + 1);
    if (json.size() > MaxFileSize)
        throw tooLarge();
    try {
        return fromJson(json, importEntity);
    } catch (const Error &e) {
        throw Error(e.kind(), MappingText::tr("%1: %2").arg(path, e.message()));
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
        cols.insert(source,
                    fields.size() == 1 ? QJsonValue(fields.first())
                                       : QJsonValue(QJsonArray::fromStringList(fields)));
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
