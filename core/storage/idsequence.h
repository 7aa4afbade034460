// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace sb::core {

/// Record ids for bulk inserts: UUIDs of version 7 (RFC 9562), the creation time in
/// milliseconds followed by a counter that starts at a random value and goes up by
/// one per id (74 bits, so two offices clash only if they start within the same
/// millisecond at nearly the same random point). Unlike Database::newId()'s random
/// UUIDs each id sorts after the previous one, so a million inserted rows append to
/// the ends of the primary key and reference indexes instead of landing on random pages.
class IdSequence final
{
public:
    IdSequence();

    /// The next id, 36 ASCII characters (8-4-4-4-12 lowercase hex).
    QByteArray next();

private:
    quint64 m_millis = 0; ///< 48 bits
    quint64 m_high = 0; ///< 12 bits after the version nibble
    quint64 m_low = 0; ///< 62 bits after the variant bits
};

} // namespace sb::core
