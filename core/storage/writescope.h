// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"

#include <QString>

#include <optional>

namespace sb::core {

/// The transaction of one repository write. Outside a transaction it opens a
/// Database::Transaction; inside one (a caller batching many writes, e.g. an
/// import) it uses a SAVEPOINT instead, since SQLite has no nested BEGIN. Either
/// way a failed write is undone on its own and the outer transaction stays usable.
class WriteScope final
{
public:
    explicit WriteScope(const Database &db);
    ~WriteScope();
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    /// Makes the write permanent (or part of the outer transaction).
    void commit();

    /// True when the connection is inside a transaction right now.
    static bool inTransaction(const Database &db);

private:
    const Database &m_db;
    std::optional<Database::Transaction> m_transaction;
    QString m_savepoint;
    bool m_done = false;
};

} // namespace sb::core
