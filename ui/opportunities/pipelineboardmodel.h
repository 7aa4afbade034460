// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/opportunityrow.h"
#include "ui/opportunities/opportunityfilter.h"
#include "ui/opportunities/opportunityset.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace sb::ui {

/// The pipeline board (商机看板) as a two-level model: one top-level item per
/// column (the four open stages, won, lost) with the deals of that stage as its
/// children. A column holds at most cardLimit() cards — the most valuable open
/// deals, the most recently closed won and lost ones — and reports how many it
/// leaves out. Dragging a card onto another column (or onto a card in it) does
/// not write anything: it emits moveRequested(), and whoever handles it decides.
class PipelineBoardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum BoardRole {
        CustomerRole = Qt::UserRole + 100, ///< QString: customer name
        AmountRole, ///< qint64: amount in minor units (cards and columns)
        OwnerRole, ///< QString: owner name
        ExpectedCloseRole, ///< QDate
        DaysInStageRole, ///< qint64: days in the stage, -1 for closed deals
        StageRole, ///< int: the core::Stage of the column or card
        CountRole, ///< qint64: deals in the column, shown or not
        HiddenCountRole, ///< qint64: deals in the column beyond the card limit
        ClosedOnRole, ///< QDate: for won and lost cards
    };

    static constexpr int kDefaultCardLimit = 200;
    /// The MIME type of dragged cards: their ids, one per line.
    static QString mimeType();

    explicit PipelineBoardModel(QObject *parent = nullptr);

    /// Rebuilds the columns from a prepared set, keeping the deals `filter`
    /// accepts (one reset). Without a search or owner it only copies the cards shown.
    void setRows(const OpportunitySet &set, const OpportunityFilter &filter,
                 const QDate &today = QDate::currentDate());
    /// The same for rows not yet prepared.
    void setRows(const QList<core::OpportunityRow> &rows, const OpportunityFilter &filter,
                 const QDate &today = QDate::currentDate());
    void setCardLimit(int limit) { m_limit = qMax(1, limit); }
    int cardLimit() const { return m_limit; }

    /// The columns, left to right.
    static QList<core::Stage> columns() { return core::stage::all(); }
    QModelIndex columnIndex(core::Stage stage) const;
    /// The card of this opportunity, or an invalid index when it is not shown.
    QModelIndex cardIndex(const QString &id) const;
    /// The stage of a column item, or of the column a card sits in.
    std::optional<core::Stage> stageAt(const QModelIndex &index) const;
    /// The opportunity behind a card, or nullptr for anything else.
    const core::OpportunityRow *cardAt(const QModelIndex &index) const;
    /// Deals in a column (shown or not) and their total amount.
    qint64 dealCount(core::Stage stage) const;
    core::Money dealAmount(core::Stage stage) const;
    qint64 hiddenCount(core::Stage stage) const;

    /// Shows a stored move at once, before the next reload: the card goes to
    /// the top of the other column. False when the card is not on the board.
    bool moveCard(const QString &id, core::Stage to);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    /// A card was dropped on another column (or a card in it).
    void moveRequested(const QString &id, sb::core::Stage to);

private:
    struct Column
    {
        core::Stage stage = core::Stage::InitialContact;
        QList<core::OpportunityRow> cards;
        qint64 total = 0;
        core::Money amount = 0;
    };
    static int columnOf(core::Stage stage);
    static QStringList idsIn(const QMimeData *data);
    bool isColumn(const QModelIndex &index) const;
    QModelIndex makeCardIndex(int column, int row) const;

    QList<Column> m_columns;
    QDate m_today;
    int m_limit = kDefaultCardLimit;
};

} // namespace sb::ui
