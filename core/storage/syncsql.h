// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// Pieces of statement text the sync stores share. Table and column names come
/// from the fixed list of synced tables and from the schema, never from a package.
namespace sb::core::syncsql {

/// "name1, name2, …", each qualified with `alias` when given.
QString columnList(const QStringList &columns, const QString &alias = {});

} // namespace sb::core::syncsql
