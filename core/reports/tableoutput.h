// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace sb::core {

/// The result of an analysis command — a few single values and named tables —
/// rendered as an aligned text table for people, stable JSON for scripts
/// (amounts as integers in minor units) or CSV with snake_case headers.
class TableOutput final
{
public:
    enum class Format {
        Table,
        Json,
        Csv
    };

    /// How a value is written. Cells are QVariants; a null QVariant is a missing value
    /// (JSON null, an empty CSV cell, "-" in a table).
    enum class Type {
        Text, ///< QString
        Integer, ///< whole number
        Amount, ///< money in minor units: "1234.50" in tables and CSV, 123450 in JSON
        Ratio, ///< 0.2: "20.0%" in tables, 0.2 in CSV and JSON
        Decimal, ///< a measure with `decimals` places (cycle days, averages)
    };

    struct Column
    {
        QString key; ///< snake_case: the JSON key and the CSV header
        QString title; ///< translated header of the text table
        Type type = Type::Text;
        int decimals = 2; ///< for Decimal
    };

    /// A single value: "Label: value" above the tables, a key of the JSON object;
    /// CSV leaves it out.
    void addField(const QString &key, const QString &label, const QVariant &value, Type type = Type::Text,
                  int decimals = 2);
    /// A structured value only JSON carries (thresholds, a nested object); the
    /// text table shows `label: text` when a label is given.
    void addJsonField(const QString &key, const QJsonValue &value, const QString &label = {},
                      const QString &text = {});
    /// Adds a table (a JSON array of objects under `key`) and returns its index.
    int addTable(const QString &key, const QString &title, const QList<Column> &columns);
    /// Appends a row to a table; `cells` follow the table's columns.
    void addRow(int table, const QVariantList &cells);

    /// The whole output in a format, UTF-8, ending with a newline.
    QByteArray render(Format format) const;

    /// Parses "table", "json" or "csv".
    static std::optional<Format> formatFromName(QStringView name);
    /// Columns a terminal uses for the text: East Asian wide and full-width
    /// characters count 2, combining marks 0, everything else 1.
    static int displayWidth(QStringView text);
    /// A cell as the text table and CSV write it.
    static QString cellText(const QVariant &value, const Column &column);
    /// A cell as JSON writes it.
    static QJsonValue cellJson(const QVariant &value, const Column &column);

private:
    struct Field
    {
        Column column;
        QVariant value;
        std::optional<QJsonValue> json;
        QString text;
    };
    struct Table
    {
        QString key;
        QString title;
        QList<Column> columns;
        QList<QVariantList> rows;
    };

    QString renderTable() const;
    QByteArray renderJson() const;
    QString renderCsv() const;

    QList<Field> m_fields;
    QList<Table> m_tables;
};

} // namespace sb::core
