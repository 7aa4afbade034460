// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/idsequence.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace sb::core {

namespace {
constexpr quint64 LowBits = 62;
constexpr quint64 LowMask = (quint64(1) << LowBits) - 1;
constexpr quint64 HighMask = 0xfff;

void putHex(char *out, quint64 value, int digits)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = hex[value & 0xf];
        value >>= 4;
    }
}
} // namespace

IdSequence::IdSequence()
{
    m_millis = quint64(QDateTime::currentMSecsSinceEpoch()) & ((quint64(1) << 48) - 1);
    // The counter's top bit starts at zero (RFC 9562, method 2), so it cannot run over in
    // any import: 2^73 ids are left before the 74 bits are used up.
    QRandomGenerator *random = QRandomGenerator::system();
    m_high = random->generate64() & (HighMask >> 1);
    m_low = random->generate64() & LowMask;
}

QByteArray IdSequence::next()
{
    if (++m_low > LowMask) {
        m_low = 0;
        m_high = (m_high + 1) & HighMask;
    }
    // 8-4-4-4-12: time (48 bits) | version 7 + 12 counter bits | variant 10 + 62 counter bits.
    QByteArray id(36, '-');
    char *p = id.data();
    putHex(p, m_millis >> 16, 8);
    putHex(p + 9, m_millis & 0xffff, 4);
    putHex(p + 14, (quint64(7) << 12) | m_high, 4);
    const quint64 low = (quint64(2) << LowBits) | m_low;
    putHex(p + 19, low >> 48, 4);
    putHex(p + 24, low & 0xffffffffffff, 12);
    return id;
}

} // namespace sb::core
