// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/customer.h"
#include "core/domain/error.h"
#include "core/domain/order.h"
#include "core/exchange/csvreader.h"
#include "core/exchange/importer.h"
#include "core/exchange/syncimport.h"
#include "core/exchange/valueparsers.h"
#include "core/i18n/catalogue.h"
#include "core/storage/consistencycheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

// Messages made deep in core reach users through the desktop app and the command
// line. These tests load the built Chinese catalogue with a plain QTranslator
// (exact context lookup, as the command line does) and provoke real messages.

namespace {

/// Runs `produce` with the Chinese catalogue installed, and returns its text.
QString inChinese(const std::function<QString()> &produce)
{
    QTranslator translator;
    REQUIRE(translator.load(sb::core::Catalogue::path(QStringLiteral("zh_CN"))));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    QString text = produce();
    QCoreApplication::removeTranslator(&translator);
    return text;
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

/// Three English words in a row: a sentence that was not translated (single
/// words such as a field key, an entity name, a list of names or a file name may stay).
bool hasEnglishSentence(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]+(?: +[A-Za-z]+){2,}"));
    return words.match(text).hasMatch();
}

/// The message in English and in Chinese: the English one must be a sentence (so
/// the check below means something) and the Chinese one must have none left.
void checkTranslated(const std::function<QString()> &produce)
{
    const QString english = produce();
    const QString chinese = inChinese(produce);
    INFO("English: " << english.toStdString());
    INFO("Chinese: " << chinese.toStdString());
    REQUIRE(hasEnglishSentence(english));
    CHECK(chinese != english);
    CHECK(hasChinese(chinese));
    CHECK_FALSE(hasEnglishSentence(chinese));
}

/// The message of the Error that `action` throws.
QString errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const sb::core::Error &error) {
        return error.message();
    }
    FAIL("no error was thrown");
    return {};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void execute(const sb::core::Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    sb::core::Database::exec(q, QStringLiteral("prepare a test row"));
}

} // namespace

TEST_CASE("the Chinese catalogue is built into core and loads", "[translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(sb::core::Catalogue::path(QStringLiteral("zh_CN"))));
    CHECK(translator.language() == QStringLiteral("zh_CN"));
    CHECK_FALSE(translator.isEmpty());
    CHECK(sb::core::Catalogue::languageFor(QLocale(QLocale::Chinese, QLocale::China))
          == QStringLiteral("zh_CN"));
    CHECK(sb::core::Catalogue::languageFor(QLocale(QLocale::Chinese, QLocale::Taiwan))
          == QStringLiteral("zh_CN"));
    CHECK(sb::core::Catalogue::languageFor(QLocale(QLocale::English, QLocale::UnitedStates))
          == QStringLiteral("en"));
    CHECK(sb::core::Catalogue::languageFor(QLocale::c()) == QStringLiteral("en"));
}

TEST_CASE("a CSV reader error is shown in Chinese", "[translations]")
{
    checkTranslated([] {
        QByteArray bytes("code,name\nC001,\xff\xfe broken\n");
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        sb::core::CsvReader reader(buffer, sb::core::TextEncoding::Utf8);
        QStringList fields;
        while (reader.next(fields)) { }
        REQUIRE(reader.error().has_value());
        return reader.error()->message;
    });
}

TEST_CASE("customer and order validation errors are shown in Chinese", "[translations]")
{
    checkTranslated([] {
        const sb::core::FieldErrors errors = sb::core::validate(sb::core::Customer{});
        REQUIRE_FALSE(errors.isEmpty());
        return errors.constFirst().message;
    });
    checkTranslated([] {
        sb::core::Order order;
        sb::core::OrderLine line;
        line.lineNo = 3;
        line.quantity = 0;
        order.lines.append(line);
        for (const sb::core::FieldError &error : sb::core::validate(order)) {
            if (error.field == QStringLiteral("quantity"))
                return error.message;
        }
        FAIL("no error for the zero quantity");
        return QString();
    });
}

TEST_CASE("a value parser error is shown in Chinese", "[translations]")
{
    checkTranslated([] {
        QString error;
        REQUIRE_FALSE(sb::core::parse::date(u"31.31.x", sb::core::parse::DateOrder::Unknown, {}, &error));
        return error;
    });
}

TEST_CASE("a consistency check problem is shown in Chinese", "[translations]")
{
    sb::test::TempWorkspace ws;
    const QString now = QStringLiteral("2025-01-01T00:00:00.000Z");
    execute(
        *ws.db,
        QStringLiteral("INSERT INTO customers (id, code, name, created_at, updated_at, updated_by_office) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {QStringLiteral("c1"), QStringLiteral("C001"), QStringLiteral("C001"), now, now,
         QStringLiteral("T")});
    execute(*ws.db,
            QStringLiteral(
                "INSERT INTO opportunities (id, code, customer_id, title, created_on, stage, lost_reason, "
                "created_at, updated_at, updated_by_office) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("p1"), QStringLiteral("OPP-1"), QStringLiteral("c1"), QStringLiteral("Deal"),
             QStringLiteral("2025-01-01"), QStringLiteral("won"), QStringLiteral(""), now, now,
             QStringLiteral("T")});
    checkTranslated([&ws] {
        const QList<sb::core::ConsistencyProblem> problems = sb::core::findConsistencyProblems(*ws.db);
        REQUIRE_FALSE(problems.isEmpty());
        return problems.constFirst().message;
    });
}

TEST_CASE("an import row error and a file without a required column are shown in Chinese", "[translations]")
{
    sb::test::TempWorkspace ws;
    const QString file = ws.dir.filePath(QStringLiteral("customers.csv"));
    writeFile(file, "code,name\nC001,Acme\n,Nameless\n");
    sb::core::ImportOptions options;
    options.entity = QStringLiteral("customers");
    options.dryRun = true;
    options.backup = false;
    checkTranslated([&] {
        const sb::core::ImportResult result = sb::core::runImport(*ws.db, file, options);
        REQUIRE(result.errors == 1);
        for (const sb::core::RowOutcome &outcome : result.details) {
            if (outcome.action == sb::core::RowAction::Error)
                return outcome.message;
        }
        FAIL("no row error reported");
        return QString();
    });
    const QString unmapped = ws.dir.filePath(QStringLiteral("unmapped.csv"));
    writeFile(unmapped, "colour,size\nred,large\n");
    checkTranslated([&] { return errorOf([&] { sb::core::runImport(*ws.db, unmapped, options); }); });
}

TEST_CASE("a sync package error is shown in Chinese", "[translations]")
{
    sb::test::TempWorkspace ws;
    const QString package = ws.dir.filePath(QStringLiteral("package"));
    REQUIRE(QDir().mkpath(package));
    writeFile(package + QStringLiteral("/manifest.json"), "{ this is not json");
    checkTranslated([&] { return errorOf([&] { sb::core::importSyncPackage(*ws.db, package, true); }); });
}

TEST_CASE("a database error is shown in Chinese", "[translations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.sbdb"));
    checkTranslated([&] {
        return errorOf([&] { sb::core::Database::open(missing, sb::core::Database::Mode::ReadOnly); });
    });
}

namespace {

struct CatalogueMessage
{
    QString context;
    QString source;
    QString type;
    QStringList translations;
    bool numerus = false;
};

QList<CatalogueMessage> readCatalogue(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<CatalogueMessage> messages;
    QString context;
    CatalogueMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            messages.append(current);
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = CatalogueMessage{
                context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus)
                current.translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

// The .ts file is refreshed by hand (`ninja update_translations`), so this checks
// what was last committed: every message translated, nothing obsolete kept.
TEST_CASE("the committed Chinese .ts file has every message translated and no obsolete ones "
          "(update_translations is "
          "run by hand)",
          "[translations]")
{
    const QList<CatalogueMessage> messages
        = readCatalogue(QStringLiteral(SB_SOURCE_DIR "/resources/translations/salesbench_zh_CN.ts"));
    REQUIRE(messages.size() > 1000);
    QStringList problems;
    for (const CatalogueMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (!m.type.isEmpty()) {
            problems.append(m.type + QStringLiteral(" — ") + where);
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems.append(QStringLiteral("empty — ") + where);
            continue;
        }
        for (const QString &translation : m.translations) {
            if (placeholders(translation) != placeholders(m.source))
                problems.append(QStringLiteral("placeholders differ — ") + where + QStringLiteral(" → ")
                                + translation);
        }
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
