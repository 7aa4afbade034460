// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/opportunity.h"
#include "core/storage/opportunityrow.h"
#include "ui/common/page.h"

#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class QToolButton;

namespace sb::ui {

class BackgroundJob;
class ColumnChooser;
class LostReasonDialog;
class OpportunityDialog;
class OpportunityFilterProxyModel;
struct OpportunitySet;
class OpportunityTableModel;
class PipelineBoard;
class PipelineBoardModel;
class RecordTableView;
class SearchField;

/// Opportunities (商机): a sortable, searchable table and the pipeline board,
/// two views of the same deals. Every stage move — dragged on the board, made
/// with Ctrl+Right / Ctrl+Left or from the "Move to" menu — goes through
/// OpportunityRepository::moveStage as one undoable command; a move to lost
/// first asks for the reason. Illegal moves are refused with a message.
class OpportunitiesPage final : public Page
{
    Q_OBJECT

public:
    enum class View {
        Table,
        Board
    };
    /// What became of a requested move.
    enum class MoveOutcome {
        Moved, ///< stored (one undo step)
        Refused, ///< not allowed or failed; lastMessage() says why
        AskingReason, ///< a move to lost waits for the reason (pendingLostDialog())
    };

    explicit OpportunitiesPage(const PageContext &context, QWidget *parent = nullptr);
    ~OpportunitiesPage() override;

    QString summary() const override;
    void activate() override;
    bool isLoading() const override;

    void setView(View view);
    View view() const;

    /// Moves a deal to `to` as the board and the menus do.
    MoveOutcome requestMove(const QString &id, core::Stage to);
    /// The open "lost" dialog of a pending move to lost, if any.
    LostReasonDialog *pendingLostDialog() const;
    /// The latest message about a refused or failed move (also shown in the status bar).
    const QString &lastMessage() const { return m_lastMessage; }

    /// Opens the form for a new opportunity; saving pushes an AddOpportunityCommand.
    OpportunityDialog *openNewForm();
    /// Opens the form for an existing opportunity.
    OpportunityDialog *openEditForm(const QString &id);
    /// Opens the lost-reasons editor.
    void editLostReasons();

    OpportunityTableModel *model() const { return m_model; }
    OpportunityFilterProxyModel *proxy() const { return m_proxy; }
    PipelineBoardModel *boardModel() const { return m_boardModel; }
    PipelineBoard *board() const { return m_board; }
    RecordTableView *table() const { return m_table; }
    SearchField *searchField() const { return m_search; }
    QComboBox *stageFilter() const { return m_stageFilter; }
    QComboBox *ownerFilter() const { return m_ownerFilter; }

signals:
    /// Fresh rows are on screen (after the first read and after every change).
    void loaded();

private:
    void buildActions();
    void buildLayout();
    void setupTable();
    void reload();
    void showRows(std::shared_ptr<const OpportunitySet> set);
    void fillOwners();
    void rebuildBoard();
    void updateActions();
    void tell(const QString &message);
    void moveToLost(const core::OpportunityRow &row);
    bool pushMove(const core::OpportunityRow &row, core::Stage to, const QString &reason = {},
                  const QString &competitor = {});
    void fillMoveMenu(QMenu *menu);
    void showContextMenu(const QString &id, const QPoint &globalPos);
    void onDialogFinished(OpportunityDialog *dialog, int result);
    void selectId(const QString &id);
    QString currentId() const;
    const core::OpportunityRow *rowOf(const QString &id) const;

    OpportunityTableModel *m_model;
    OpportunityFilterProxyModel *m_proxy;
    PipelineBoardModel *m_boardModel;
    BackgroundJob *m_worker;
    QString m_selectAfterLoad;
    QString m_lastMessage;
    QPointer<LostReasonDialog> m_lostDialog;
    QTabWidget *m_tabs = nullptr;
    RecordTableView *m_table = nullptr;
    PipelineBoard *m_board = nullptr;
    SearchField *m_search = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QComboBox *m_ownerFilter = nullptr;
    QLabel *m_message = nullptr;
    ColumnChooser *m_columns = nullptr;
    QToolButton *m_moveButton = nullptr;
    QMenu *m_moveMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_move = nullptr;
    QAction *m_find = nullptr;
    QAction *m_reasons = nullptr;
    QAction *m_leadModel = nullptr;
};

} // namespace sb::ui
