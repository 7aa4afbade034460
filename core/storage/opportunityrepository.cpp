// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/opportunityrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordstore.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

/// Translations in the "sb::core::OpportunityRepository" context, spelled OpportunityRepositoryText::tr() so
/// that lupdate files them under the context the program asks for.
class OpportunityRepositoryText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::OpportunityRepository)
};

enum Column {
    Code,
    CustomerId,
    Title,
    Source,
    Amount,
    ProductsNeeded,
    Competitors,
    OwnerRepId,
    CreatedOn,
    ExpectedClose,
    StageColumn,
    Probability,
    LostReason,
    LostCompetitor,
    ClosedOn,
    LeadSource,
    LeadNeed,
    LeadBudget,
    LeadIntent
};

QVariant optionalScore(const std::optional<int> &score)
{
    return score ? QVariant(*score) : QVariant();
}

std::optional<int> scoreOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

enum HistoryColumn {
    HOpportunityId,
    HFrom,
    HTo,
    HChangedAt,
    HChangedOn,
    HChangedBy
};

// History rows are not audited: the history is itself the record of stage changes.
const TableSpec &historySpec()
{
    static const TableSpec s{QStringLiteral("stage_history"),
                             QString(),
                             QString(),
                             {QStringLiteral("opportunity_id"), QStringLiteral("from_stage"),
                              QStringLiteral("to_stage"), QStringLiteral("changed_at"),
                              QStringLiteral("changed_on"), QStringLiteral("changed_by")}};
    return s;
}

QVariantList toValues(const Opportunity &o)
{
    return {o.code,
            o.customerId,
            o.title,
            o.source,
            o.amount,
            o.productsNeeded,
            o.competitors,
            recordio::nullableText(o.ownerRepId),
            recordio::dateValue(o.createdOn),
            recordio::dateValue(o.expectedClose),
            stage::key(o.stage),
            o.probability,
            o.lostReason,
            o.lostCompetitor,
            recordio::dateValue(o.closedOn),
            optionalScore(o.leadSourceScore),
            optionalScore(o.leadNeedScore),
            optionalScore(o.leadBudgetScore),
            optionalScore(o.leadIntentScore)};
}

Opportunity fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    Opportunity o;
    o.meta = row.meta;
    o.code = v[Code].toString();
    o.customerId = v[CustomerId].toString();
    o.title = v[Title].toString();
    o.source = v[Source].toString();
    o.amount = v[Amount].toLongLong();
    o.productsNeeded = v[ProductsNeeded].toString();
    o.competitors = v[Competitors].toString();
    o.ownerRepId = v[OwnerRepId].toString();
    o.createdOn = recordio::toDate(v[CreatedOn]);
    o.expectedClose = recordio::toDate(v[ExpectedClose]);
    o.stage = stage::fromText(v[StageColumn].toString()).value_or(Stage::InitialContact);
    o.probability = v[Probability].toInt();
    o.lostReason = v[LostReason].toString();
    o.lostCompetitor = v[LostCompetitor].toString();
    o.closedOn = recordio::toDate(v[ClosedOn]);
    o.leadSourceScore = scoreOf(v[LeadSource]);
    o.leadNeedScore = scoreOf(v[LeadNeed]);
    o.leadBudgetScore = scoreOf(v[LeadBudget]);
    o.leadIntentScore = scoreOf(v[LeadIntent]);
    return o;
}

StageChange changeFromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    StageChange c;
    c.meta = row.meta;
    c.opportunityId = v[HOpportunityId].toString();
    if (!v[HFrom].isNull())
        c.from = stage::fromText(v[HFrom].toString());
    c.to = stage::fromText(v[HTo].toString()).value_or(Stage::InitialContact);
    c.changedAt = v[HChangedAt].toString();
    c.changedBy = v[HChangedBy].toString();
    return c;
}

Error illegalMove(const Opportunity &o, Stage to)
{
    return recordio::dataError(OpportunityRepositoryText::tr("Opportunity %1 cannot move from %2 to %3.")
                                   .arg(o.code, stage::displayName(o.stage), stage::displayName(to)));
}

void checkReferences(const Database &db, const Opportunity &o, const Opportunity *stored)
{
    if ((!stored || stored->customerId != o.customerId)
        && !recordio::liveIdExists(db, QStringLiteral("customers"), o.customerId))
        throw recordio::dataError(OpportunityRepositoryText::tr("Unknown customer %2 on opportunity %1.")
                                      .arg(o.code, o.customerId));
    if (!o.ownerRepId.isEmpty() && (!stored || stored->ownerRepId != o.ownerRepId)
        && !recordio::liveIdExists(db, QStringLiteral("reps"), o.ownerRepId))
        throw recordio::dataError(OpportunityRepositoryText::tr("Unknown sales rep %2 on opportunity %1.")
                                      .arg(o.code, o.ownerRepId));
}

const RecordTable<Opportunity> &table()
{
    static const RecordTable<Opportunity> t{
        {QStringLiteral("opportunities"),
         QStringLiteral("opportunity"),
         QStringLiteral("code"),
         {QStringLiteral("code"), QStringLiteral("customer_id"), QStringLiteral("title"),
          QStringLiteral("source"), QStringLiteral("amount"), QStringLiteral("products_needed"),
          QStringLiteral("competitors"), QStringLiteral("owner_rep_id"), QStringLiteral("created_on"),
          QStringLiteral("expected_close"), QStringLiteral("stage"), QStringLiteral("probability"),
          QStringLiteral("lost_reason"), QStringLiteral("lost_competitor"), QStringLiteral("closed_on"),
          QStringLiteral("lead_source_score"), QStringLiteral("lead_need_score"),
          QStringLiteral("lead_budget_score"), QStringLiteral("lead_intent_score")}},
        {"sb::core::OpportunityRepository",
         QT_TRANSLATE_NOOP("sb::core::OpportunityRepository", "No opportunity with id %1."),
         QT_TRANSLATE_NOOP("sb::core::OpportunityRepository", "An opportunity with id %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::OpportunityRepository", "Opportunity code %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::OpportunityRepository",
                           "Opportunity %1 cannot be restored: another opportunity now uses code %1."),
         QT_TRANSLATE_NOOP("sb::core::OpportunityRepository", "Opportunity %1")},
        toValues,
        fromRow,
        validate,
        checkReferences};
    return t;
}

RecordStore<Opportunity> opportunities(const Database &db)
{
    return RecordStore<Opportunity>(db, table());
}

// changed_at must grow strictly per opportunity: it orders the history, and two
// moves in the same millisecond would otherwise collide on the unique key.
QString nextChangedAt(const Database &db, const QString &opportunityId)
{
    QString now = Database::nowUtc();
    QSqlQuery q
        = db.prepare(QStringLiteral("SELECT max(changed_at) FROM stage_history WHERE opportunity_id = ?"));
    q.addBindValue(opportunityId);
    Database::exec(q, OpportunityRepositoryText::tr("read the stage history"));
    if (q.next() && !q.value(0).isNull()) {
        const QString last = q.value(0).toString();
        if (now <= last) {
            now = QDateTime::fromString(last, Qt::ISODateWithMs)
                      .toUTC()
                      .addMSecs(1)
                      .toString(Qt::ISODateWithMs);
        }
    }
    return now;
}

} // namespace

StageChange OpportunityRepository::appendHistory(const QString &opportunityId, std::optional<Stage> from,
                                                 Stage to, const QDate &on) const
{
    const QVariantList values
        = {opportunityId,           from ? QVariant(stage::key(*from)) : recordio::nullableText({}),
           stage::key(to),          nextChangedAt(m_db, opportunityId),
           recordio::dateValue(on), Database::userName()};
    StoredRow row;
    recordio::insert(m_db, historySpec(), row.meta, values);
    row.values = values;
    return changeFromRow(row);
}

Opportunity OpportunityRepository::create(Opportunity opportunity) const
{
    const RecordStore<Opportunity> store = opportunities(m_db);
    store.checkValid(opportunity);
    WriteScope tx(m_db);
    store.checkNew(opportunity);
    store.checkReferences(opportunity, nullptr);
    store.insert(opportunity);
    // A deal recorded as already won or lost entered that stage on its closing date.
    const bool closed = stage::isClosed(opportunity.stage) && opportunity.closedOn.isValid();
    appendHistory(opportunity.meta.id, std::nullopt, opportunity.stage,
                  closed ? opportunity.closedOn : opportunity.createdOn);
    tx.commit();
    return opportunity;
}

Opportunity OpportunityRepository::update(Opportunity opportunity) const
{
    const RecordStore<Opportunity> store = opportunities(m_db);
    WriteScope tx(m_db);
    const StoredRow row = store.require(opportunity.meta.id);
    const Opportunity stored = fromRow(row);
    const bool moved = opportunity.stage != stored.stage;
    if (moved && !stage::canMove(stored.stage, opportunity.stage))
        throw illegalMove(stored, opportunity.stage);
    if (moved && stage::isClosed(opportunity.stage) && !opportunity.closedOn.isValid())
        opportunity.closedOn = QDate::currentDate();
    store.checkValid(opportunity);
    store.checkKeyFree(opportunity);
    store.checkReferences(opportunity, &stored);
    store.write(row, opportunity);
    if (moved) {
        const QDate on = stage::isClosed(opportunity.stage) ? opportunity.closedOn : QDate::currentDate();
        appendHistory(opportunity.meta.id, stored.stage, opportunity.stage, on);
    }
    tx.commit();
    return opportunity;
}

void OpportunityRepository::remove(const QString &id) const
{
    opportunities(m_db).remove(id);
}

void OpportunityRepository::restore(const QString &id) const
{
    opportunities(m_db).restore(id);
}

StageChange OpportunityRepository::moveStage(const QString &id, Stage to, const QString &lostReason,
                                             const QString &competitor, QDate on) const
{
    const RecordStore<Opportunity> store = opportunities(m_db);
    WriteScope tx(m_db);
    const StoredRow row = store.require(id);
    Opportunity o = fromRow(row);
    const Stage from = o.stage;
    if (!stage::canMove(from, to))
        throw illegalMove(o, to);
    if (!on.isValid())
        on = QDate::currentDate();
    o.stage = to;
    o.probability = stage::defaultProbability(to);
    o.closedOn = stage::isClosed(to) ? on : QDate();
    if (to == Stage::Lost) {
        o.lostReason = lostReason;
        o.lostCompetitor = competitor;
    }
    store.checkValid(o);
    store.write(row, o);
    const StageChange change = appendHistory(id, from, to, on);
    tx.commit();
    return change;
}

void OpportunityRepository::undoStageMove(const QString &historyId) const
{
    const RecordStore<Opportunity> store = opportunities(m_db);
    WriteScope tx(m_db);
    const auto entry = recordio::loadById(m_db, historySpec(), historyId);
    if (!entry)
        throw recordio::dataError(
            OpportunityRepositoryText::tr("No stage change with id %1.").arg(historyId));
    const StageChange change = changeFromRow(*entry);
    const StoredRow row = store.require(change.opportunityId);
    Opportunity o = fromRow(row);
    if (!change.from)
        throw recordio::dataError(
            OpportunityRepositoryText::tr(
                "The creation of opportunity %1 is not a stage move and cannot be undone.")
                .arg(o.code));
    const QList<StageChange> all = history(change.opportunityId);
    if (all.isEmpty() || all.last().meta.id != historyId)
        throw recordio::dataError(
            OpportunityRepositoryText::tr("Only the latest stage change of opportunity %1 can be undone.")
                .arg(o.code));
    if (o.stage != change.to)
        throw recordio::dataError(OpportunityRepositoryText::tr(
                                      "Opportunity %1 is no longer in stage %2; the move cannot be undone.")
                                      .arg(o.code, stage::displayName(change.to)));
    o.stage = *change.from;
    o.probability = stage::defaultProbability(o.stage);
    if (!stage::isClosed(o.stage))
        o.closedOn = QDate();
    if (change.to == Stage::Lost) {
        o.lostReason.clear();
        o.lostCompetitor.clear();
    }
    store.write(row, o);
    recordio::setDeleted(m_db, historySpec(), *entry, true);
    tx.commit();
}

QList<StageChange> OpportunityRepository::history(const QString &opportunityId) const
{
    QList<StageChange> changes;
    for (const StoredRow &row : recordio::loadLiveWhere(m_db, historySpec(), QStringLiteral("opportunity_id"),
                                                        opportunityId, QStringLiteral("changed_at")))
        changes.append(changeFromRow(row));
    return changes;
}

std::optional<Opportunity> OpportunityRepository::findById(const QString &id) const
{
    return opportunities(m_db).findById(id);
}

std::optional<Opportunity> OpportunityRepository::findByCode(const QString &code) const
{
    return opportunities(m_db).findByKey(code);
}

QList<Opportunity> OpportunityRepository::list() const
{
    return opportunities(m_db).list();
}

QList<Opportunity> OpportunityRepository::listForCustomer(const QString &customerId) const
{
    return opportunities(m_db).listWhere(QStringLiteral("customer_id"), customerId);
}

qint64 OpportunityRepository::count() const
{
    return opportunities(m_db).count();
}

bool OpportunityRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return opportunities(m_db).keyExists(code, exceptId);
}

QString OpportunityRepository::nextCode() const
{
    return opportunities(m_db).nextNumber(QStringLiteral("O"));
}

} // namespace sb::core
