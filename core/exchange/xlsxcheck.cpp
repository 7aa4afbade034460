// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/xlsxcheck.h"

#include <QFile>
#include <QXmlStreamReader>

#include <zlib.h>

namespace sb::core::xlsxcheck {

namespace {

// Zip records (PKWARE APPNOTE 4.3): little-endian fields at fixed offsets.
constexpr quint32 EndOfDirectory = 0x06054b50;
constexpr quint32 DirectoryEntry = 0x02014b50;
constexpr quint32 LocalHeader = 0x04034b50;
constexpr qint64 ChunkSize = 256 * 1024;

quint32 le(const QByteArray &bytes, qsizetype at, int size)
{
    if (at < 0 || at + size > bytes.size())
        return 0;
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | uchar(bytes.at(at + i));
    return value;
}

struct Entry
{
    QString name;
    quint32 method = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint32 offset = 0;
};

QString readDirectory(QFile &file, QList<Entry> &entries)
{
    const qint64 tailSize = qMin<qint64>(file.size(), 22 + 0xFFFF);
    if (!file.seek(file.size() - tailSize))
        return file.errorString();
    const QByteArray tail = file.read(tailSize);
    qsizetype end = tail.size() - 22;
    while (end >= 0 && le(tail, end, 4) != EndOfDirectory)
        --end;
    if (end < 0)
        return QStringLiteral("no zip directory");
    const quint32 count = le(tail, end + 10, 2);
    const quint32 size = le(tail, end + 12, 4);
    if (!file.seek(le(tail, end + 16, 4)))
        return file.errorString();
    const QByteArray directory = file.read(size);
    qsizetype at = 0;
    for (quint32 i = 0; i < count; ++i) {
        if (le(directory, at, 4) != DirectoryEntry)
            return QStringLiteral("damaged zip directory");
        Entry entry;
        entry.method = le(directory, at + 10, 2);
        entry.compressedSize = le(directory, at + 20, 4);
        entry.size = le(directory, at + 24, 4);
        const quint32 nameLength = le(directory, at + 28, 2);
        entry.offset = le(directory, at + 42, 4);
        entry.name = QString::fromUtf8(directory.mid(at + 46, nameLength));
        entries.append(entry);
        at += 46 + nameLength + le(directory, at + 30, 2) + le(directory, at + 32, 2);
    }
    return {};
}

// The rows of a worksheet as libxlsxwriter writes them (<row r="N" ...>), counted as the
// text streams by: a part cut short or with a hole loses rows or its end.
class SheetScan final
{
public:
    void feed(QByteArrayView chunk)
    {
        m_tail.append(chunk.last(qMin<qsizetype>(chunk.size(), 32)));
        m_tail = m_tail.right(32);
        m_data += chunk;
        static constexpr QByteArrayView Row = "<row r=\"";
        qsizetype keepFrom = qMax<qsizetype>(0, m_data.size() - (Row.size() - 1));
        for (qsizetype at = m_data.indexOf(Row); at >= 0; at = m_data.indexOf(Row, at + Row.size())) {
            const qsizetype digits = at + Row.size();
            const qsizetype quote = m_data.indexOf('"', digits);
            if (quote < 0) { // the number goes on in the next chunk
                keepFrom = at;
                break;
            }
            bool ok = false;
            const quint32 row = QByteArrayView(m_data).sliced(digits, quote - digits).toUInt(&ok);
            if (!ok || row <= m_last)
                m_ordered = false;
            m_last = row;
            ++m_count;
        }
        m_data.remove(0, keepFrom);
    }

    QString problem(SheetRows expected) const
    {
        if (!m_ordered)
            return QStringLiteral("rows out of order");
        if (m_count != expected.count || m_last != expected.last)
            return QStringLiteral("%1 of %2 rows").arg(m_count).arg(expected.count);
        if (!m_tail.trimmed().endsWith("</worksheet>"))
            return QStringLiteral("cut short");
        return {};
    }

private:
    QByteArray m_data;
    QByteArray m_tail;
    quint32 m_count = 0;
    quint32 m_last = 0;
    bool m_ordered = true;
};

// Inflates one part chunk by chunk into `sink`: memory stays flat however large the part.
template<typename Sink>
QString inflatePart(QFile &file, const Entry &entry, Sink sink)
{
    if (!file.seek(entry.offset))
        return file.errorString();
    const QByteArray header = file.read(30);
    if (le(header, 0, 4) != LocalHeader)
        return QStringLiteral("damaged zip entry");
    if (!file.seek(entry.offset + 30 + le(header, 26, 2) + le(header, 28, 2)))
        return file.errorString();
    if (entry.method != 0 && entry.method != Z_DEFLATED)
        return QStringLiteral("unknown compression");

    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return QStringLiteral("zlib");
    struct End
    {
        z_stream &s;
        ~End() { inflateEnd(&s); }
    } end{stream};
    QByteArray output(ChunkSize, Qt::Uninitialized);
    qint64 left = entry.compressedSize;
    quint64 produced = 0;
    int rc = Z_OK;
    while (left > 0 && rc != Z_STREAM_END) {
        const QByteArray input = file.read(qMin<qint64>(left, ChunkSize));
        if (input.isEmpty())
            return QStringLiteral("truncated zip entry");
        left -= input.size();
        if (entry.method == 0) {
            sink(QByteArrayView(input));
            produced += quint64(input.size());
            continue;
        }
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        stream.avail_in = uInt(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(output.data());
            stream.avail_out = uInt(output.size());
            rc = inflate(&stream, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return QStringLiteral("damaged compressed data");
            const qsizetype got = output.size() - qsizetype(stream.avail_out);
            sink(QByteArrayView(output).first(got));
            produced += quint64(got);
        } while (stream.avail_out == 0 && rc != Z_STREAM_END);
    }
    if (entry.method != 0 && rc != Z_STREAM_END)
        return QStringLiteral("truncated compressed data");
    if (produced != entry.size)
        return QStringLiteral("size differs from the zip directory");
    return {};
}

QString checkXml(QFile &file, const Entry &entry)
{
    QXmlStreamReader xml;
    const QString error = inflatePart(file, entry, [&xml](QByteArrayView bytes) {
        xml.addData(bytes.toByteArray());
        while (!xml.atEnd())
            xml.readNext();
    });
    if (!error.isEmpty())
        return error;
    return xml.hasError() ? xml.errorString() : QString();
}

QString checkSheet(QFile &file, const Entry &entry, SheetRows rows)
{
    SheetScan scan;
    const QString error = inflatePart(file, entry, [&scan](QByteArrayView bytes) { scan.feed(bytes); });
    return error.isEmpty() ? scan.problem(rows) : error;
}

} // namespace

QString problem(const QString &path, SheetRows sheetRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    QList<Entry> entries;
    if (QString error = readDirectory(file, entries); !error.isEmpty())
        return error;
    bool sheetSeen = false;
    for (const Entry &entry : std::as_const(entries)) {
        QString error;
        if (entry.name.startsWith(QLatin1String("xl/worksheets/sheet"))) {
            sheetSeen = true;
            error = checkSheet(file, entry, sheetRows);
        } else if (entry.name.endsWith(QLatin1String(".xml"))
                   || entry.name.endsWith(QLatin1String(".rels"))) {
            error = checkXml(file, entry);
        }
        if (!error.isEmpty())
            return entry.name + QStringLiteral(": ") + error;
    }
    return sheetSeen ? QString() : QStringLiteral("no worksheet");
}

} // namespace sb::core::xlsxcheck
