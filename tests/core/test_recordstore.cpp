// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The write path the repositories share, driven through a table description
// written here in a few lines (sales channels), as a new repository would.
#include "support/testsupport.h"

#include "core/domain/error.h"
#include "core/storage/auditlog.h"
#include "core/storage/recordstore.h"

#include <QSqlQuery>

#include <functional>

using namespace sb::core;

namespace {

struct TestChannel
{
    RecordMeta meta;
    QString code;
    QString name;
    QString type = QStringLiteral("direct");
};

QVariantList channelValues(const TestChannel &c)
{
    return {c.code, c.name, c.type};
}

TestChannel channelFromRow(const recordio::StoredRow &row)
{
    return {row.meta, row.values[0].toString(), row.values[1].toString(), row.values[2].toString()};
}

FieldErrors validateChannel(const TestChannel &c)
{
    FieldErrors errors;
    if (c.name.isEmpty())
        errors.append({QStringLiteral("name"), QStringLiteral("Name is required.")});
    return errors;
}

const RecordTable<TestChannel> &channelTable()
{
    static const RecordTable<TestChannel> t{
        {QStringLiteral("channels"),
         QStringLiteral("channel"),
         QStringLiteral("code"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type")}},
        {"test::Channels", QT_TRANSLATE_NOOP("test::Channels", "No channel with id %1."),
         QT_TRANSLATE_NOOP("test::Channels", "A channel with id %1 already exists."),
         QT_TRANSLATE_NOOP("test::Channels", "Channel code %1 already exists."),
         QT_TRANSLATE_NOOP("test::Channels", "Channel %1 cannot be restored: code %1 is taken."),
         QT_TRANSLATE_NOOP("test::Channels", "Channel %1")},
        channelValues,
        channelFromRow,
        validateChannel,
        nullptr};
    return t;
}

TestChannel sample(const QString &code)
{
    TestChannel c;
    c.code = code;
    c.name = QStringLiteral("华东代理 ") + code;
    c.type = QStringLiteral("agent");
    return c;
}

QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        return e.message();
    }
    FAIL("no error was thrown");
    return {};
}

QList<AuditEntry> auditOf(const Database &db, const QString &id)
{
    AuditFilter filter;
    filter.entity = QStringLiteral("channel");
    filter.recordId = id;
    return AuditLog::entries(db, filter);
}

} // namespace

TEST_CASE("a record table's create stamps, versions and audits the row", "[repo][recordstore]")
{
    sb::test::TempWorkspace ws;
    const RecordStore<TestChannel> store(*ws.db, channelTable());
    const TestChannel created = store.create(sample(QStringLiteral("CH-1")));
    CHECK_FALSE(created.meta.id.isEmpty());
    CHECK(created.meta.version == 1);
    CHECK_FALSE(created.meta.createdAt.isEmpty());
    CHECK(created.meta.updatedAt == created.meta.createdAt);
    CHECK(created.meta.updatedByOffice == ws.db->officeId());
    CHECK_FALSE(created.meta.deleted);

    const auto back = store.findByKey(QStringLiteral("CH-1"));
    REQUIRE(back);
    CHECK(back->meta.id == created.meta.id);
    CHECK(back->type == QStringLiteral("agent"));
    CHECK(store.count() == 1);
    CHECK(store.list().size() == 1);
    CHECK(store.listWhere(QStringLiteral("type"), QStringLiteral("agent")).size() == 1);

    const QList<AuditEntry> audit = auditOf(*ws.db, created.meta.id);
    REQUIRE(audit.size() == 3); // code, name, type
    for (const AuditEntry &entry : audit)
        CHECK(entry.action == AuditAction::Create);

    CHECK(errorOf([&] { store.create(sample(QStringLiteral("CH-1"))); })
          == QStringLiteral("Channel code CH-1 already exists."));
    TestChannel sameId = sample(QStringLiteral("CH-2"));
    sameId.meta.id = created.meta.id;
    CHECK(errorOf([&] { store.create(sameId); })
          == QStringLiteral("A channel with id %1 already exists.").arg(created.meta.id));
    TestChannel nameless = sample(QStringLiteral("CH-3"));
    nameless.name.clear();
    CHECK(errorOf([&] { store.create(nameless); })
          == QStringLiteral("Channel CH-3 not saved. name: Name is required."));
    CHECK(store.count() == 1);
}

TEST_CASE("a record table's update, remove and restore bump the version and keep the key unique",
          "[repo][recordstore]")
{
    sb::test::TempWorkspace ws;
    const RecordStore<TestChannel> store(*ws.db, channelTable());
    TestChannel channel = store.create(sample(QStringLiteral("CH-1")));

    channel.name = QStringLiteral("华南代理");
    channel = store.update(channel);
    CHECK(channel.meta.version == 2);
    CHECK(store.update(channel).meta.version == 2); // nothing changed, nothing written
    CHECK(auditOf(*ws.db, channel.meta.id).size() == 4);

    store.remove(channel.meta.id);
    CHECK_FALSE(store.findById(channel.meta.id));
    CHECK(store.count() == 0);
    CHECK(errorOf([&] { store.remove(channel.meta.id); })
          == QStringLiteral("No channel with id %1.").arg(channel.meta.id));
    CHECK(errorOf([&] { store.update(channel); })
          == QStringLiteral("No channel with id %1.").arg(channel.meta.id));
    CHECK(auditOf(*ws.db, channel.meta.id).last().action == AuditAction::Delete);

    const TestChannel other = store.create(sample(QStringLiteral("CH-1")));
    CHECK(errorOf([&] { store.restore(channel.meta.id); })
          == QStringLiteral("Channel CH-1 cannot be restored: code CH-1 is taken."));
    store.remove(other.meta.id);
    store.restore(channel.meta.id);
    store.restore(channel.meta.id); // already live: left alone
    const auto back = store.findById(channel.meta.id);
    REQUIRE(back);
    CHECK(back->meta.version == 4);
    CHECK(back->name == QStringLiteral("华南代理"));
    CHECK(auditOf(*ws.db, channel.meta.id).last().action == AuditAction::Update);

    TestChannel renamed = *back;
    renamed.code = QStringLiteral("CH-2");
    store.create(sample(QStringLiteral("CH-2")));
    CHECK(errorOf([&] { store.update(renamed); }) == QStringLiteral("Channel code CH-2 already exists."));
    CHECK(store.keyExists(QStringLiteral("CH-2")));
    CHECK_FALSE(store.keyExists(QStringLiteral("CH-1"), channel.meta.id));
}
