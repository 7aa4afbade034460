// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/storage/funnelsettings.h"
#include "core/storage/lostreasonstore.h"
#include "core/storage/opportunityqueries.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/reprepository.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/roles.h"
#include "ui/common/workspace.h"
#include "ui/opportunities/leadscoringdialog.h"
#include "ui/opportunities/lostreasondialog.h"
#include "ui/opportunities/lostreasonseditor.h"
#include "ui/opportunities/opportunitiespage.h"
#include "ui/opportunities/opportunitydialog.h"
#include "ui/opportunities/opportunityfilterproxymodel.h"
#include "ui/opportunities/opportunitytablemodel.h"
#include "ui/opportunities/pipelineboard.h"
#include "ui/opportunities/pipelineboardmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace sb;
using core::Stage;
using ui::OpportunitiesPage;
using ui::PipelineBoardModel;

namespace {

core::Rep addRep(const core::Database &db, const QString &code, const QString &name)
{
    core::Rep rep;
    rep.code = code;
    rep.name = name;
    return core::RepRepository(db).create(rep);
}

core::Opportunity addDeal(const core::Database &db, const QString &code, const QString &customerId,
                          Stage stage, core::Money amount, const QString &ownerId = {},
                          const QString &title = {})
{
    core::Opportunity o;
    o.code = code;
    o.customerId = customerId;
    o.title = title.isEmpty() ? QStringLiteral("Deal ") + code : title;
    o.amount = amount;
    o.ownerRepId = ownerId;
    o.createdOn = QDate::currentDate().addDays(-20);
    o.stage = stage;
    o.probability = core::stage::defaultProbability(stage);
    if (stage == Stage::Lost)
        o.lostReason = QStringLiteral("价格过高");
    if (core::stage::isClosed(stage))
        o.closedOn = QDate::currentDate().addDays(-1);
    return core::OpportunityRepository(db).create(o);
}

QStringList codesIn(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(parent); ++row)
        codes.append(model.index(row, 0, parent).data(ui::CodeRole).toString());
    return codes;
}

// A workspace with a page on it, as the main window builds them.
struct PageFixture
{
    test::TempWorkspace ws;
    std::unique_ptr<ui::Workspace> workspace;
    QUndoStack undo;
    std::unique_ptr<OpportunitiesPage> page;
    core::Customer customer;
    core::Rep rep;

    PageFixture()
    {
        test::clearSettings();
        customer = test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("Harbour Foods"));
        rep = addRep(*ws.db, QStringLiteral("R-01"), QStringLiteral("Li Na"));
        for (const QString &reason : {QStringLiteral("价格过高"), QStringLiteral("选择了竞争对手")})
            core::LostReasonStore::add(*ws.db, reason);
    }

    const core::Database &db() const { return workspace ? workspace->database() : *ws.db; }

    void open()
    {
        workspace = std::make_unique<ui::Workspace>(std::move(ws.db));
        page = std::make_unique<OpportunitiesPage>(ui::PageContext{workspace.get(), &undo});
        REQUIRE(test::waitUntil([this] { return !page->isLoading(); }));
    }

    // Waits for the reload a change sets off.
    bool settled()
    {
        return test::waitUntil([this] { return !page->isLoading(); });
    }

    Stage stageOf(const QString &id) const { return core::OpportunityRepository(db()).findById(id)->stage; }
    QList<core::StageChange> history(const QString &id) const
    {
        return core::OpportunityRepository(db()).history(id);
    }
};

} // namespace

TEST_CASE(
    "The opportunity table, its filter proxy and the pipeline board model pass QAbstractItemModelTester")
{
    test::TempWorkspace ws;
    const core::Customer customer
        = test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("北京星辰科技"));
    const core::Rep rep = addRep(*ws.db, QStringLiteral("R-01"), QStringLiteral("Li Na"));
    addDeal(*ws.db, QStringLiteral("O-1"), customer.meta.id, Stage::InitialContact, 100000, rep.meta.id);
    const core::Opportunity moving
        = addDeal(*ws.db, QStringLiteral("O-2"), customer.meta.id, Stage::Proposal, 500000);
    addDeal(*ws.db, QStringLiteral("O-3"), customer.meta.id, Stage::Lost, 70000);

    const test::ModelTestWarnings warnings;
    ui::OpportunityTableModel model;
    ui::OpportunityFilterProxyModel proxy;
    proxy.setOpportunityModel(&model);
    PipelineBoardModel board;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::Warning);

    const QList<core::OpportunityRow> rows = core::OpportunityQueries::rows(*ws.db);
    model.setRows(rows);
    board.setRows(rows, {});
    REQUIRE(model.rowCount() == 3);
    CHECK(codesIn(model) == QStringList{QStringLiteral("O-1"), QStringLiteral("O-2"), QStringLiteral("O-3")});
    CHECK(model.index(0, ui::OpportunityTableModel::Customer).data().toString()
          == QStringLiteral("北京星辰科技"));
    CHECK(model.index(0, ui::OpportunityTableModel::Owner).data().toString() == QStringLiteral("Li Na"));
    CHECK(model.index(1, ui::OpportunityTableModel::StageColumn).data(ui::EnumKeyRole).toString()
          == QStringLiteral("proposal"));
    CHECK(model.index(0, ui::OpportunityTableModel::DaysInStage).data().toString() == QStringLiteral("20"));
    CHECK(model.index(2, ui::OpportunityTableModel::DaysInStage).data().toString().isEmpty());

    REQUIRE(board.rowCount() == 6);
    CHECK(board.rowCount(board.columnIndex(Stage::Proposal)) == 1);
    CHECK(board.dealAmount(Stage::Proposal) == 500000);
    CHECK(board.moveCard(moving.meta.id, Stage::Negotiation));
    CHECK(board.rowCount(board.columnIndex(Stage::Proposal)) == 0);
    CHECK(codesIn(board, board.columnIndex(Stage::Negotiation)) == QStringList{QStringLiteral("O-2")});
    CHECK(board.dealCount(Stage::Negotiation) == 1);

    proxy.sort(ui::OpportunityTableModel::Amount, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("o-"));
    proxy.setStageFilter(Stage::Lost);
    model.setRows(rows);
    proxy.setStageFilter(std::nullopt);
    proxy.setOpenOnly(true);
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("O-2"), QStringLiteral("O-1")});
    board.setRows(rows, proxy.filter());
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("Search, stage and owner filters narrow the table, and the board follows the search and the owner")
{
    test::TempWorkspace ws;
    const core::Customer harbour
        = test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("Harbour Foods"));
    const core::Customer star
        = test::addCustomer(*ws.db, QStringLiteral("C-002"), QStringLiteral("北京星辰科技"));
    const core::Rep li = addRep(*ws.db, QStringLiteral("R-01"), QStringLiteral("Li Na"));
    const core::Rep wang = addRep(*ws.db, QStringLiteral("R-02"), QStringLiteral("Wang Fang"));
    addDeal(*ws.db, QStringLiteral("O-1"), harbour.meta.id, Stage::InitialContact, 100, li.meta.id,
            QStringLiteral("Cold chain upgrade"));
    addDeal(*ws.db, QStringLiteral("O-2"), star.meta.id, Stage::Proposal, 200, wang.meta.id,
            QStringLiteral("Packaging line"));
    addDeal(*ws.db, QStringLiteral("O-3"), harbour.meta.id, Stage::Won, 300, wang.meta.id,
            QStringLiteral("Spare parts"));

    ui::OpportunityTableModel model;
    ui::OpportunityFilterProxyModel proxy;
    proxy.setOpportunityModel(&model);
    proxy.sort(ui::OpportunityTableModel::Code, Qt::AscendingOrder);
    const QList<core::OpportunityRow> rows = core::OpportunityQueries::rows(*ws.db);
    model.setRows(rows);

    proxy.setSearchText(QStringLiteral("harbour"));
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("O-1"), QStringLiteral("O-3")});
    proxy.setSearchText(QStringLiteral("harbour SPARE"));
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("O-3")});
    proxy.setSearchText(QStringLiteral("星辰"));
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("O-2")});
    proxy.setSearchText({});
    proxy.setOwnerFilter(wang.meta.id);
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("O-2"), QStringLiteral("O-3")});
    proxy.setOpenOnly(true);
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("O-2")});
    proxy.setOpenOnly(false);
    proxy.setStageFilter(Stage::Won);
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("O-3")});

    // The board ignores the stage filter (every stage is a column) but applies the rest.
    ui::OpportunityFilter filter = proxy.filter();
    filter.stage.reset();
    PipelineBoardModel board;
    board.setRows(rows, filter);
    CHECK(board.dealCount(Stage::InitialContact) == 0);
    CHECK(board.dealCount(Stage::Proposal) == 1);
    CHECK(board.dealCount(Stage::Won) == 1);

    proxy.setStageFilter(std::nullopt);
    proxy.setOwnerFilter({});
    proxy.sort(ui::OpportunityTableModel::Amount, Qt::DescendingOrder);
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("O-3"), QStringLiteral("O-2"), QStringLiteral("O-1")});
}

TEST_CASE(
    "A board column shows at most the card limit, the most valuable first, and says how many it leaves out")
{
    test::TempWorkspace ws;
    const core::Customer customer
        = test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("Harbour Foods"));
    const QList<core::Money> amounts = {500, 900, 100, 700, 300};
    for (int i = 0; i < amounts.size(); ++i)
        addDeal(*ws.db, QStringLiteral("O-%1").arg(i + 1), customer.meta.id, Stage::Proposal, amounts.at(i));
    PipelineBoardModel board;
    board.setCardLimit(3);
    board.setRows(core::OpportunityQueries::rows(*ws.db), {});
    const QModelIndex column = board.columnIndex(Stage::Proposal);
    CHECK(codesIn(board, column)
          == QStringList{QStringLiteral("O-2"), QStringLiteral("O-4"), QStringLiteral("O-1")});
    CHECK(board.dealCount(Stage::Proposal) == 5);
    CHECK(board.hiddenCount(Stage::Proposal) == 2);
    CHECK(column.data(PipelineBoardModel::HiddenCountRole).toLongLong() == 2);
    CHECK(board.dealAmount(Stage::Proposal) == 2500);
}

TEST_CASE("Dropping a card on another column moves its stage through the repository, and undo takes back "
          "that history row")
{
    PageFixture f;
    const core::Opportunity deal
        = addDeal(*f.ws.db, QStringLiteral("O-1"), f.customer.meta.id, Stage::NeedsConfirmed, 120000);
    f.open();
    REQUIRE(f.history(deal.meta.id).size() == 1);
    PipelineBoardModel *board = f.page->boardModel();
    const QModelIndex card = board->cardIndex(deal.meta.id);
    REQUIRE(card.isValid());

    std::unique_ptr<QMimeData> data(board->mimeData({card}));
    const QModelIndex target = board->columnIndex(Stage::Proposal);
    CHECK_FALSE(board->canDropMimeData(data.get(), Qt::MoveAction, -1, -1,
                                       board->columnIndex(Stage::NeedsConfirmed)));
    REQUIRE(board->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    REQUIRE(board->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    REQUIRE(test::waitUntil([&] { return f.stageOf(deal.meta.id) == Stage::Proposal; }));
    REQUIRE(f.settled());

    const QList<core::StageChange> after = f.history(deal.meta.id);
    REQUIRE(after.size() == 2);
    CHECK(after.last().from == Stage::NeedsConfirmed);
    CHECK(after.last().to == Stage::Proposal);
    CHECK(f.undo.count() == 1);
    CHECK(f.undo.undoText().contains(QStringLiteral("O-1")));
    CHECK(board->stageAt(board->cardIndex(deal.meta.id)) == Stage::Proposal);
    CHECK(core::OpportunityRepository(f.db()).findById(deal.meta.id)->probability
          == core::stage::defaultProbability(Stage::Proposal));

    f.undo.undo();
    CHECK(f.stageOf(deal.meta.id) == Stage::NeedsConfirmed);
    const QList<core::StageChange> undone = f.history(deal.meta.id);
    REQUIRE(undone.size() == 1);
    CHECK(undone.first().meta.id == f.history(deal.meta.id).first().meta.id);
    CHECK(undone.first().meta.id != after.last().meta.id);
    REQUIRE(f.settled());
    CHECK(board->stageAt(board->cardIndex(deal.meta.id)) == Stage::NeedsConfirmed);

    f.undo.redo();
    CHECK(f.stageOf(deal.meta.id) == Stage::Proposal);
    CHECK(f.history(deal.meta.id).size() == 2);
}

TEST_CASE("Ctrl+Right and Ctrl+Left on a selected card move it one stage, each move one undo step")
{
    PageFixture f;
    const core::Opportunity deal
        = addDeal(*f.ws.db, QStringLiteral("O-1"), f.customer.meta.id, Stage::InitialContact, 5000);
    f.open();
    f.page->setView(OpportunitiesPage::View::Board);
    f.page->resize(1200, 700);
    f.page->show();
    REQUIRE(QTest::qWaitForWindowActive(f.page.get()));
    ui::PipelineBoard *board = f.page->board();
    REQUIRE(board->selectCard(deal.meta.id));
    QListView *column = board->columnView(Stage::InitialContact);
    REQUIRE(column->hasFocus());

    QTest::keyClick(column, Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return f.stageOf(deal.meta.id) == Stage::NeedsConfirmed; }));
    REQUIRE(f.settled());
    CHECK(board->currentId() == deal.meta.id);
    QTest::keyClick(board->columnView(Stage::NeedsConfirmed), Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return f.stageOf(deal.meta.id) == Stage::Proposal; }));
    REQUIRE(f.settled());
    QTest::keyClick(board->columnView(Stage::Proposal), Qt::Key_Left, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return f.stageOf(deal.meta.id) == Stage::NeedsConfirmed; }));
    CHECK(f.undo.count() == 3);
    CHECK(f.history(deal.meta.id).size() == 4);
    f.page->hide();
}

TEST_CASE("An illegal move is refused with a message and writes nothing")
{
    PageFixture f;
    const core::Opportunity open
        = addDeal(*f.ws.db, QStringLiteral("O-1"), f.customer.meta.id, Stage::NeedsConfirmed, 5000);
    const core::Opportunity won
        = addDeal(*f.ws.db, QStringLiteral("O-2"), f.customer.meta.id, Stage::Won, 9000);
    f.open();

    CHECK(f.page->requestMove(open.meta.id, Stage::Won) == OpportunitiesPage::MoveOutcome::Refused);
    CHECK(f.page->lastMessage().contains(QStringLiteral("O-1")));
    CHECK(f.page->lastMessage().contains(core::stage::displayName(Stage::Negotiation)));
    CHECK(f.stageOf(open.meta.id) == Stage::NeedsConfirmed);
    CHECK(f.history(open.meta.id).size() == 1);

    CHECK(f.page->requestMove(won.meta.id, Stage::Proposal) == OpportunitiesPage::MoveOutcome::Refused);
    CHECK(f.page->lastMessage().contains(QStringLiteral("O-2")));
    CHECK(f.stageOf(won.meta.id) == Stage::Won);
    CHECK(f.undo.count() == 0);

    // The same refusal when the card is dropped on the board.
    PipelineBoardModel *board = f.page->boardModel();
    std::unique_ptr<QMimeData> data(board->mimeData({board->cardIndex(won.meta.id)}));
    board->dropMimeData(data.get(), Qt::MoveAction, -1, -1, board->columnIndex(Stage::Lost));
    REQUIRE(test::waitUntil(
        [&] { return f.page->lastMessage().contains(core::stage::displayName(Stage::Won)); }));
    CHECK(f.stageOf(won.meta.id) == Stage::Won);
    CHECK(f.undo.count() == 0);
}

TEST_CASE(
    "Moving a deal to lost asks for a reason, refuses to go on without one, and stores reason and competitor")
{
    PageFixture f;
    const core::Opportunity deal
        = addDeal(*f.ws.db, QStringLiteral("O-1"), f.customer.meta.id, Stage::Negotiation, 88000);
    f.open();

    REQUIRE(f.page->requestMove(deal.meta.id, Stage::Lost) == OpportunitiesPage::MoveOutcome::AskingReason);
    ui::LostReasonDialog *dialog = f.page->pendingLostDialog();
    REQUIRE(dialog);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(dialog->messages().message(QStringLiteral("lost_reason")).isEmpty());
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(f.stageOf(deal.meta.id) == Stage::Negotiation);

    REQUIRE(dialog->setReason(QStringLiteral("选择了竞争对手")));
    CHECK(ok->isEnabled());
    CHECK(dialog->messages().message(QStringLiteral("lost_reason")).isEmpty());
    dialog->setCompetitor(QStringLiteral("Atlas Systems"));
    dialog->accept();
    REQUIRE(test::waitUntil([&] { return f.stageOf(deal.meta.id) == Stage::Lost; }));
    const core::Opportunity lost = *core::OpportunityRepository(f.db()).findById(deal.meta.id);
    CHECK(lost.lostReason == QStringLiteral("选择了竞争对手"));
    CHECK(lost.lostCompetitor == QStringLiteral("Atlas Systems"));
    CHECK(lost.closedOn == QDate::currentDate());
    CHECK(f.history(deal.meta.id).last().to == Stage::Lost);

    REQUIRE(f.settled());
    f.undo.undo();
    const core::Opportunity back = *core::OpportunityRepository(f.db()).findById(deal.meta.id);
    CHECK(back.stage == Stage::Negotiation);
    CHECK(back.lostReason.isEmpty());
    CHECK_FALSE(back.closedOn.isValid());
    CHECK(f.history(deal.meta.id).size() == 1);

    // Cancelling the question leaves the deal where it was.
    REQUIRE(f.settled());
    REQUIRE(f.page->requestMove(deal.meta.id, Stage::Lost) == OpportunitiesPage::MoveOutcome::AskingReason);
    f.page->pendingLostDialog()->reject();
    CHECK(f.stageOf(deal.meta.id) == Stage::Negotiation);
    CHECK(f.undo.index() == 0);
}

TEST_CASE("The opportunity form checks customer, title, amount and code next to the fields")
{
    test::clearSettings();
    test::TempWorkspace ws;
    const core::Customer customer
        = test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("Harbour Foods"));
    test::addCustomer(*ws.db, QStringLiteral("C-002"), QStringLiteral("北京星辰科技"));
    addDeal(*ws.db, QStringLiteral("O-1"), customer.meta.id, Stage::InitialContact, 100);

    core::Opportunity fresh;
    fresh.code = core::OpportunityRepository(*ws.db).nextCode();
    fresh.createdOn = QDate::currentDate();
    ui::OpportunityDialog dialog(*ws.db, fresh);
    const ui::FieldMessages &messages = dialog.messages();
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("code"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("title"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amount"));
    auto *customerBox = dialog.findChild<QComboBox *>(QStringLiteral("customer_code"));
    REQUIRE((code && title && amount && customerBox));
    CHECK(code->text() == fresh.code);
    CHECK(messages.message(QStringLiteral("code")).isEmpty());
    CHECK_FALSE(messages.message(QStringLiteral("customer_code")).isEmpty());
    CHECK_FALSE(messages.message(QStringLiteral("title")).isEmpty());
    CHECK_FALSE(dialog.isInputValid());

    customerBox->setEditText(QStringLiteral("Nobody Ltd"));
    CHECK(messages.message(QStringLiteral("customer_code")).contains(QStringLiteral("Nobody Ltd")));
    customerBox->setEditText(QStringLiteral("C-002 · 北京星辰科技"));
    CHECK(messages.message(QStringLiteral("customer_code")).isEmpty());
    title->setText(QStringLiteral("Cold chain upgrade"));
    CHECK(dialog.isInputValid());

    amount->setText(QStringLiteral("twelve"));
    CHECK_FALSE(messages.message(QStringLiteral("amount")).isEmpty());
    CHECK_FALSE(dialog.isInputValid());
    amount->setText(QStringLiteral("-5"));
    CHECK_FALSE(messages.message(QStringLiteral("amount")).isEmpty());
    amount->setText(QStringLiteral("125,000.50"));
    CHECK(messages.message(QStringLiteral("amount")).isEmpty());

    code->setText(QStringLiteral("O-1"));
    CHECK(messages.message(QStringLiteral("code")).contains(QStringLiteral("O-1")));
    CHECK_FALSE(dialog.isInputValid());
    code->setText(fresh.code);
    REQUIRE(dialog.isInputValid());

    const core::Opportunity entered = dialog.opportunity();
    CHECK(entered.amount == 12500050);
    CHECK(entered.customerId != customer.meta.id);
    CHECK_FALSE(entered.customerId.isEmpty());
    CHECK(entered.stage == Stage::InitialContact);
    CHECK(entered.probability == core::stage::defaultProbability(Stage::InitialContact));
}

TEST_CASE("Saving a new opportunity stores it with its creation in the stage history, and undo removes it")
{
    PageFixture f;
    f.open();
    ui::OpportunityDialog *dialog = f.page->openNewForm();
    REQUIRE(dialog);
    const QString code = dialog->findChild<QLineEdit *>(QStringLiteral("code"))->text();
    CHECK(code.contains(QStringLiteral("O")));
    REQUIRE(dialog->selectCustomer(f.customer.meta.id));
    dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Packaging line"));
    dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("80000"));
    REQUIRE(dialog->isInputValid());
    dialog->accept();

    const core::OpportunityRepository repository(f.db());
    const std::optional<core::Opportunity> stored = repository.findByCode(code);
    REQUIRE(stored);
    CHECK(stored->amount == 8000000);
    CHECK(stored->customerId == f.customer.meta.id);
    const QList<core::StageChange> history = repository.history(stored->meta.id);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history.first().from.has_value());
    REQUIRE(f.settled());
    CHECK(f.page->model()->rowOfId(stored->meta.id) >= 0);

    f.undo.undo();
    CHECK_FALSE(repository.findByCode(code));
    REQUIRE(f.settled());
    CHECK(f.page->model()->rowOfId(stored->meta.id) < 0);
}

TEST_CASE("The lost-reasons editor adds, renames and removes reasons in the lost_reasons table")
{
    PageFixture f;
    f.open();
    ui::LostReasonsEditor editor(*f.workspace);
    CHECK(editor.list()->count() == 2);
    CHECK(editor.addReason(QStringLiteral("Timing")).isEmpty());
    CHECK(core::LostReasonStore::names(f.db()).last() == QStringLiteral("Timing"));
    CHECK_FALSE(editor.addReason(QStringLiteral("价格过高")).isEmpty());
    CHECK_FALSE(editor.addReason(QStringLiteral("  ")).isEmpty());
    CHECK(editor.renameReason(2, QStringLiteral("Bad timing")).isEmpty());
    CHECK(core::LostReasonStore::names(f.db()).contains(QStringLiteral("Bad timing")));
    CHECK_FALSE(core::LostReasonStore::names(f.db()).contains(QStringLiteral("Timing")));
    CHECK(editor.removeReason(0).isEmpty());
    CHECK(core::LostReasonStore::names(f.db())
          == QStringList{QStringLiteral("选择了竞争对手"), QStringLiteral("Bad timing")});
    CHECK(editor.list()->count() == 2);

    // The lost dialog offers what the editor left.
    ui::LostReasonDialog dialog(*f.workspace, QStringLiteral("O-1"));
    CHECK(dialog.setReason(QStringLiteral("Bad timing")));
    CHECK_FALSE(dialog.setReason(QStringLiteral("价格过高")));
}

TEST_CASE("The opportunity form records the lead assessment and shows the grade the workspace's model gives")
{
    PageFixture f;
    core::funnel::LeadScoringModel model;
    model.sourceWeight = 0;
    model.needWeight = 50;
    model.budgetWeight = 50;
    model.intentWeight = 0;
    core::setLeadScoringModel(*f.ws.db, model);
    f.open();
    ui::OpportunityDialog *dialog = f.page->openNewForm();
    REQUIRE(dialog);
    REQUIRE(dialog->selectCustomer(f.customer.meta.id));
    dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Cold store"));
    auto *need = dialog->findChild<QSpinBox *>(QStringLiteral("lead_need_score"));
    auto *budget = dialog->findChild<QSpinBox *>(QStringLiteral("lead_budget_score"));
    REQUIRE((need && budget));
    CHECK(need->value() == -1); // "not assessed"
    CHECK(dialog->leadScoreText().contains(QStringLiteral("Not graded")));
    need->setValue(90);
    budget->setValue(70);
    // (50 × 90 + 50 × 70) / 100 = 80: grade A under the default thresholds.
    CHECK(dialog->leadScoreText().contains(QStringLiteral("80")));
    CHECK(dialog->leadScoreText().contains(QStringLiteral("grade A")));
    const QString code = dialog->findChild<QLineEdit *>(QStringLiteral("code"))->text();
    REQUIRE(dialog->isInputValid());
    dialog->accept();

    const std::optional<core::Opportunity> stored = core::OpportunityRepository(f.db()).findByCode(code);
    REQUIRE(stored);
    CHECK(stored->leadNeedScore == 90);
    CHECK(stored->leadBudgetScore == 70);
    CHECK_FALSE(stored->leadIntentScore);
    REQUIRE(f.settled());
    const int row = f.page->model()->rowOfId(stored->meta.id);
    REQUIRE(row >= 0);
    CHECK(f.page->model()->index(row, ui::OpportunityTableModel::LeadGrade).data().toString()
          == QStringLiteral("A"));
    CHECK(f.page->model()->index(row, ui::OpportunityTableModel::LeadScore).data().toString()
          == QStringLiteral("80"));
}

TEST_CASE("The lead-scoring dialog validates the model next to its fields, and saving it regrades the leads")
{
    PageFixture f;
    core::Opportunity o = addDeal(*f.ws.db, QStringLiteral("O-1"), f.customer.meta.id, Stage::Proposal, 100);
    o.source = QStringLiteral("展会");
    o.leadNeedScore = 60;
    o.leadBudgetScore = 60;
    o.leadIntentScore = 60;
    core::OpportunityRepository(*f.ws.db).update(o);
    addDeal(*f.ws.db, QStringLiteral("O-2"), f.customer.meta.id, Stage::Proposal, 100);
    f.open();
    const auto cell = [&f](const QString &id, int column) {
        return f.page->model()->index(f.page->model()->rowOfId(id), column).data().toString();
    };
    // Default model: source 50 (unknown), 60, 60, 60 → 57.5 → 58, grade C. O-2 was never assessed.
    CHECK(cell(o.meta.id, ui::OpportunityTableModel::LeadScore) == QStringLiteral("58"));
    CHECK(cell(o.meta.id, ui::OpportunityTableModel::LeadGrade) == QStringLiteral("C"));
    const QString unassessed = core::OpportunityRepository(f.db()).findByCode(QStringLiteral("O-2"))->meta.id;
    CHECK(cell(unassessed, ui::OpportunityTableModel::LeadGrade).isEmpty());

    ui::LeadScoringDialog dialog(*f.workspace);
    auto *gradeB = dialog.findChild<QSpinBox *>(QStringLiteral("grade_b"));
    auto *gradeC = dialog.findChild<QSpinBox *>(QStringLiteral("grade_c"));
    REQUIRE((gradeB && gradeC));
    gradeC->setValue(70); // above B (60)
    CHECK_FALSE(dialog.isInputValid());
    CHECK_FALSE(dialog.messages().message(QStringLiteral("grade_b")).isEmpty());
    gradeC->setValue(40);
    CHECK(dialog.isInputValid());
    // The trade fair source is known to bring good leads: 90.
    QTableWidget *sources = dialog.sourceTable();
    int fair = -1;
    for (int row = 0; row < sources->rowCount(); ++row) {
        if (sources->item(row, 0)->text() == QStringLiteral("展会"))
            fair = row;
    }
    REQUIRE(fair >= 0);
    sources->item(fair, 1)->setText(QStringLiteral("abc"));
    CHECK_FALSE(dialog.isInputValid());
    CHECK_FALSE(dialog.messages().message(QStringLiteral("source_reliability")).isEmpty());
    sources->item(fair, 1)->setText(QStringLiteral("90"));
    gradeB->setValue(55);
    REQUIRE(dialog.isInputValid());
    dialog.accept();

    CHECK(core::leadScoringModel(f.db()).sourceReliability.value(QStringLiteral("展会")) == 90);
    CHECK(core::leadScoringModel(f.db()).gradeB == 55);
    // (90 + 60 + 60 + 60) / 4 = 67.5 → 68, grade B from 55.
    REQUIRE(test::waitUntil([&] {
        return !f.page->isLoading()
            && cell(o.meta.id, ui::OpportunityTableModel::LeadScore) == QStringLiteral("68");
    }));
    CHECK(cell(o.meta.id, ui::OpportunityTableModel::LeadGrade) == QStringLiteral("B"));
}
