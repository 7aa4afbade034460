// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/tableoutput.h"

#include "core/domain/money.h"
#include "core/exchange/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sb::core {

namespace {

bool isWide(char32_t c)
{
    // East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt.
    struct Range
    {
        char32_t first;
        char32_t last;
    };
    static constexpr Range wide[] = {
        {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF}, {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},
        {0xA000, 0xA4CF},   {0xA960, 0xA97F},   {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
        {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    return std::any_of(std::begin(wide), std::end(wide),
                       [c](const Range &r) { return c >= r.first && c <= r.last; });
}

bool isNumeric(TableOutput::Type type)
{
    return type != TableOutput::Type::Text;
}

QString padded(const QString &text, int width, bool right)
{
    const int fill = std::max(0, width - TableOutput::displayWidth(text));
    return right ? QString(fill, u' ') + text : text + QString(fill, u' ');
}

// Shortest plain decimal for a ratio: 0.2 rather than 0.200000 or 2e-01.
QString plainNumber(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString csvCell(const QVariant &value, const TableOutput::Column &column)
{
    if (value.isNull())
        return {};
    if (column.type != TableOutput::Type::Text)
        return column.type == TableOutput::Type::Ratio ? plainNumber(value.toDouble())
                                                       : TableOutput::cellText(value, column);
    QString text = CsvWriter::neutralised(value.toString());
    text.replace(u'"', QLatin1String("\"\""));
    return u'"' + text + u'"';
}

} // namespace

void TableOutput::addField(const QString &key, const QString &label, const QVariant &value, Type type,
                           int decimals)
{
    m_fields.append({Column{key, label, type, decimals}, value, std::nullopt, {}});
}

void TableOutput::addJsonField(const QString &key, const QJsonValue &value, const QString &label,
                               const QString &text)
{
    m_fields.append({Column{key, label, Type::Text, 0}, {}, value, text});
}

int TableOutput::addTable(const QString &key, const QString &title, const QList<Column> &columns)
{
    m_tables.append({key, title, columns, {}});
    return int(m_tables.size()) - 1;
}

void TableOutput::addRow(int table, const QVariantList &cells)
{
    Q_ASSERT(table >= 0 && table < m_tables.size());
    Q_ASSERT(cells.size() == m_tables.at(table).columns.size());
    m_tables[table].rows.append(cells);
}

QByteArray TableOutput::render(Format format) const
{
    switch (format) {
    case Format::Table:
        return renderTable().toUtf8();
    case Format::Json:
        return renderJson();
    case Format::Csv:
        return renderCsv().toUtf8();
    }
    return {};
}

std::optional<TableOutput::Format> TableOutput::formatFromName(QStringView name)
{
    if (name.compare(u"table", Qt::CaseInsensitive) == 0)
        return Format::Table;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    return std::nullopt;
}

int TableOutput::displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TableOutput::cellText(const QVariant &value, const Column &column)
{
    if (value.isNull())
        return {};
    switch (column.type) {
    case Type::Text:
        return value.toString();
    case Type::Integer:
        return QString::number(value.toLongLong());
    case Type::Amount:
        return money::toDecimalString(value.toLongLong());
    case Type::Ratio:
        return QString::number(value.toDouble() * 100.0, 'f', 1) + u'%';
    case Type::Decimal:
        return QString::number(value.toDouble(), 'f', column.decimals);
    }
    return value.toString();
}

QJsonValue TableOutput::cellJson(const QVariant &value, const Column &column)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (column.type) {
    case Type::Text:
        return value.toString();
    case Type::Integer:
    case Type::Amount:
        return value.toLongLong();
    case Type::Ratio:
    case Type::Decimal:
        return value.toDouble();
    }
    return value.toString();
}

QString TableOutput::renderTable() const
{
    QString out;
    int labelWidth = 0;
    for (const Field &field : m_fields) {
        if (!field.column.title.isEmpty())
            labelWidth = std::max(labelWidth, displayWidth(field.column.title) + 1);
    }
    for (const Field &field : m_fields) {
        if (field.column.title.isEmpty())
            continue;
        QString value = field.json ? field.text : cellText(field.value, field.column);
        if (value.isEmpty())
            value = QStringLiteral("-");
        out += padded(field.column.title + u':', labelWidth, false) + u' ' + value + u'\n';
    }

    for (const Table &table : m_tables) {
        if (!out.isEmpty())
            out += u'\n';
        if (!table.title.isEmpty())
            out += table.title + u'\n';
        QList<QStringList> cells;
        QList<int> widths;
        for (const Column &column : table.columns)
            widths.append(displayWidth(column.title));
        for (const QVariantList &row : table.rows) {
            QStringList texts;
            for (qsizetype i = 0; i < table.columns.size(); ++i) {
                QString text = cellText(row.value(i), table.columns.at(i));
                if (text.isEmpty())
                    text = QStringLiteral("-");
                widths[i] = std::max(widths.at(i), displayWidth(text));
                texts.append(text);
            }
            cells.append(texts);
        }
        const auto line = [&](const QStringList &texts) -> QString {
            QString text;
            for (qsizetype i = 0; i < texts.size(); ++i) {
                if (i > 0)
                    text += QStringLiteral("  ");
                text += padded(texts.at(i), widths.at(i), isNumeric(table.columns.at(i).type));
            }
            while (text.endsWith(u' '))
                text.chop(1);
            return text + u'\n';
        };
        QStringList titles;
        QStringList rules;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            titles.append(table.columns.at(i).title);
            rules.append(QString(widths.at(i), u'-'));
        }
        out += line(titles);
        out += line(rules);
        for (const QStringList &texts : std::as_const(cells))
            out += line(texts);
    }
    return out;
}

QByteArray TableOutput::renderJson() const
{
    QJsonObject root;
    for (const Field &field : m_fields)
        root.insert(field.column.key, field.json ? *field.json : cellJson(field.value, field.column));
    for (const Table &table : m_tables) {
        QJsonArray rows;
        for (const QVariantList &row : table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                object.insert(table.columns.at(i).key, cellJson(row.value(i), table.columns.at(i)));
            rows.append(object);
        }
        root.insert(table.key, rows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString TableOutput::renderCsv() const
{
    // One header row per table; several tables are separated by an empty line.
    // Written to standard output, so lines end with LF (files go through CsvWriter).
    QString out;
    for (const Table &table : m_tables) {
        if (!out.isEmpty())
            out += u'\n';
        QStringList header;
        for (const Column &column : table.columns)
            header.append(column.key);
        out += header.join(u',') + u'\n';
        for (const QVariantList &row : table.rows) {
            QStringList texts;
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                texts.append(csvCell(row.value(i), table.columns.at(i)));
            out += texts.join(u',') + u'\n';
        }
    }
    return out;
}

} // namespace sb::core
