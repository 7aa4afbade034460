// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvwriter.h"

#include "core/domain/error.h"

#include <QCoreApplication>

namespace sb::core {

namespace {
constexpr qsizetype FlushThreshold = 1 << 20;

bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// A value that already starts with an apostrophe before a trigger gets one more,
// so that removing one apostrophe on import gives the stored value back.
bool needsNeutralising(QStringView value)
{
    if (value.isEmpty())
        return false;
    if (isTrigger(value.front()))
        return true;
    return value.size() >= 2 && value.front() == u'\'' && isTrigger(value.at(1));
}
} // namespace

CsvWriter::CsvWriter(const QString &path, Encoding encoding)
    : m_file(path),
      m_encoder(encoding == Encoding::Gb18030 ? QStringEncoder("GB18030")
                                               : QStringEncoder(QStringEncoder::Utf8))
{
    if (!m_encoder.isValid())
        throw Error(Error::Kind::Usage,
                    QCoreApplication::translate("sb::core::CsvWriter", "This system cannot write GB18030."));
    if (!m_file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("sb::core::CsvWriter", "Cannot write %1: %2")
                        .arg(path, m_file.errorString()));
    if (encoding == Encoding::Utf8Bom)
        m_file.write("\xEF\xBB\xBF");
    m_pending.reserve(FlushThreshold + 4096);
}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

QString CsvWriter::neutralised(QStringView value)
{
    return needsNeutralising(value) ? u'\'' + value.toString() : value.toString();
}

std::optional<CsvWriter::Encoding> CsvWriter::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8-bom" || n == u"utf8-bom" || n.isEmpty())
        return Encoding::Utf8Bom;
    if (n == u"utf-8" || n == u"utf8")
        return Encoding::Utf8;
    if (n == u"gb18030" || n == u"gbk")
        return Encoding::Gb18030;
    return std::nullopt;
}

void CsvWriter::separator()
{
    if (!m_firstCell)
        m_pending += u',';
    m_firstCell = false;
}

void CsvWriter::text(QStringView value)
{
    separator();
    m_pending += u'"';
    if (needsNeutralising(value))
        m_pending += u'\'';
    for (const QChar c : value) {
        if (c == u'"')
            m_pending += u'"';
        m_pending += c;
    }
    m_pending += u'"';
}

void CsvWriter::raw(QStringView value)
{
    separator();
    m_pending += value;
}

void CsvWriter::endRow()
{
    m_pending += QLatin1String("\r\n");
    m_firstCell = true;
    flushIfLarge();
}

void CsvWriter::flushIfLarge()
{
    if (m_pending.size() < FlushThreshold)
        return;
    m_file.write(m_encoder.encode(m_pending));
    m_pending.clear();
}

void CsvWriter::commit()
{
    if (!m_pending.isEmpty())
        m_file.write(m_encoder.encode(m_pending));
    m_pending.clear();
    if (m_encoder.hasError() || !m_file.commit())
        throw Error(Error::Kind::Database,
                    QCoreApplication::translate("sb::core::CsvWriter", "Cannot write %1: %2")
                        .arg(m_file.fileName(), m_file.errorString()));
}

} // namespace sb::core
