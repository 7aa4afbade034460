// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace sb::core {

/// Writes the JSON documents of the command line member by member, so that the keys
/// keep the order architecture.md documents (QJsonObject would sort them). The layout
/// is fixed, because scripts and tests compare the bytes: the document's members one
/// a line, the elements of an array member one a line, anything deeper on one line:
///
///     {
///         "from": "2025-01-01",
///         "thresholds": { "a": 80, "b": 95 },
///         "stages": [
///             { "stage": "initial_contact", "reached": 1000 }
///         ]
///     }
///
/// Values are JSON text made by the static functions below.
class JsonWriter final
{
public:
    /// Opens the document, an object.
    JsonWriter();

    /// Adds a member to the object open; `json` is a value's JSON text.
    void member(const char *key, QStringView json);
    /// Adds an element to the array open.
    void element(QStringView json);
    /// Opens an object: a member of the object open (with a key) or an element of the array open.
    void beginObject(const char *key = nullptr);
    /// Opens an array: a member of the object open (with a key) or an element of the array open.
    void beginArray(const char *key = nullptr);
    /// Closes the innermost object or array.
    void end();
    /// Closes the document and returns it, UTF-8, ending with a newline.
    QByteArray finish();

    /// A string, escaped.
    static QString string(QStringView text);
    /// The shortest form that reads back as the same double, as QJsonDocument writes it.
    static QString number(double value);
    /// A number, or null for none.
    static QString number(const std::optional<double> &value);
    static QString integer(qint64 value);
    /// An ISO date as a string, or null for an invalid date.
    static QString date(const QDate &date);
    static QString null();

private:
    struct Level
    {
        bool array = false;
        int items = 0;
    };

    void startItem(const char *key);
    void open(const char *key, bool array);

    QString m_out;
    QList<Level> m_levels;
};

} // namespace sb::core
