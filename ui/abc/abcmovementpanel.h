// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analytics/abc.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace sb::ui {

class AbcMovementModel;
class MovedCustomersModel;
class RecordTableView;

/// Class movement (类别变动) between an earlier period and the analysed one: the
/// 3×3 matrix of counts and, for the chosen cell, its customers. The A→B cell —
/// the account managers' first calls — is chosen at first.
class AbcMovementPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AbcMovementPanel(QWidget *parent = nullptr);

    /// Shows a movement; `periods` describes the two periods for the caption.
    void setMovement(const core::abc::Movement &movement, const QString &periods);
    /// Lists the customers of one cell (as a click on it does).
    void selectCell(core::abc::Class from, core::abc::Class to);

    QTableView *matrixView() const { return m_matrixView; }
    AbcMovementModel *matrix() const { return m_matrix; }
    MovedCustomersModel *customers() const { return m_customers; }
    QString cellCaption() const;

private:
    void showCell(const QModelIndex &index);

    AbcMovementModel *m_matrix;
    MovedCustomersModel *m_customers;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_matrixView = nullptr;
    RecordTableView *m_customerView = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_cellCaption = nullptr;
    core::abc::Class m_from = core::abc::Class::A;
    core::abc::Class m_to = core::abc::Class::B;
};

} // namespace sb::ui
