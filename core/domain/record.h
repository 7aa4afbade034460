// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace sb::core {

/// The columns every business table carries for office sync and auditing.
struct RecordMeta
{
    QString id; ///< UUID text; empty for a record not yet stored
    QString createdAt; ///< UTC, ISO 8601 with milliseconds
    QString updatedAt; ///< UTC, ISO 8601 with milliseconds
    QString updatedByOffice; ///< office id of the last writer
    qint64 version = 0; ///< incremented on every write
    bool deleted = false; ///< tombstone
};

} // namespace sb::core
