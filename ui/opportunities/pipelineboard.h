// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/opportunity.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListView;

namespace sb::ui {

class PipelineBoardModel;

/// The pipeline board (商机看板): a column per stage showing the deals as cards.
/// Drag a card to another column to move its stage, or select it and press
/// Ctrl+Right / Ctrl+Left; Left and Right move between columns, Enter opens the
/// deal. The board only asks for moves (moveRequested); it never writes.
class PipelineBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineBoard(PipelineBoardModel *model, QWidget *parent = nullptr);

    PipelineBoardModel *model() const { return m_model; }
    /// The id of the selected card, empty when none is.
    QString currentId() const;
    /// Selects a card (and gives its column the focus when `focus`); false when it is not shown.
    bool selectCard(const QString &id, bool focus = true);
    /// The list of cards of one column.
    QListView *columnView(core::Stage stage) const;
    /// Asks to move the selected card one column right (+1) or left (-1).
    void stepSelected(int direction);

signals:
    void moveRequested(const QString &id, sb::core::Stage to);
    void openRequested(const QString &id);
    void contextMenuRequested(const QString &id, const QPoint &globalPos);
    void currentChanged(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        core::Stage stage;
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *totals = nullptr;
        QListView *view = nullptr;
        QLabel *more = nullptr;
    };
    void buildColumn(Column &column);
    void updateHeaders();
    void restoreRoots();
    void focusNeighbour(int columnIndex, int direction);
    int columnOfView(const QObject *view) const;

    PipelineBoardModel *m_model;
    QList<Column> m_columns;
    QString m_selectedId;
};

} // namespace sb::ui
