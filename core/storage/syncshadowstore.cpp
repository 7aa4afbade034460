// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncshadowstore.h"

#include "core/storage/database.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

} // namespace

SyncShadowStore::SyncShadowStore(const Database &db, const QString &table, const QString &peer)
    : m_table(table),
      m_peer(peer.isNull() ? QStringLiteral("") : peer),
      m_select(db.prepare(QStringLiteral("SELECT values_json FROM sync_shadow "
                                         "WHERE table_name = ? AND record_id = ? AND peer = ?"))),
      m_received(db.prepare(QStringLiteral(
          "INSERT INTO sync_shadow (table_name, record_id, peer, values_json, version, known_version, "
          "known_updated_at, known_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (table_name, record_id, peer) DO UPDATE SET values_json = excluded.values_json, "
          "version = excluded.version, known_version = excluded.known_version, "
          "known_updated_at = excluded.known_updated_at, known_office = excluded.known_office")))
{
}

std::optional<QString> SyncShadowStore::received(const QString &id)
{
    m_select.bindValue(0, m_table);
    m_select.bindValue(1, id);
    m_select.bindValue(2, m_peer);
    Database::exec(m_select, SyncText::tr("read the sync state"));
    std::optional<QString> json;
    if (m_select.next() && !m_select.value(0).isNull())
        json = m_select.value(0).toString();
    m_select.finish();
    return json;
}

void SyncShadowStore::setReceived(const QString &id, const QString &json, const SyncValue &version,
                                  const SyncValue &updatedAt, const SyncValue &office)
{
    m_received.bindValue(0, m_table);
    m_received.bindValue(1, id);
    m_received.bindValue(2, m_peer);
    m_received.bindValue(3, json);
    m_received.bindValue(4, syncvalues::toBindable(version));
    m_received.bindValue(5, syncvalues::toBindable(version));
    m_received.bindValue(6, syncvalues::toBindable(updatedAt));
    m_received.bindValue(7, syncvalues::toBindable(office));
    Database::exec(m_received, SyncText::tr("save the sync state"));
}

} // namespace sb::core
