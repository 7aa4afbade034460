// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"

class QLabel;
class QSpinBox;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace sb::ui {

class RecordTableView;
class SearchField;

/// Products and inventory: the product table, inventory turnover per product
/// line and overall for a chosen year against the benchmark (≥ 8 turns,
/// ≤ 45 days) with the formulas spelled out, and the replenishment list
/// (reorder point, suggested quantity) exportable to CSV.
class ProductsPage final : public Page
{
    Q_OBJECT

public:
    explicit ProductsPage(const PageContext &context, QWidget *parent = nullptr);

    QString summary() const override;
    void activate() override;
    /// Re-reads products and recomputes the analyses for the chosen year.
    void reload();
    /// Writes the replenishment list as CSV; returns false on a write error.
    bool exportReplenishment(const QString &path) const;

    QStandardItemModel *productsModel() const { return m_products; }
    QStandardItemModel *turnoverModel() const { return m_turnover; }
    QStandardItemModel *replenishmentModel() const { return m_replenishment; }
    QSpinBox *yearField() const { return m_year; }

private:
    void buildLayout();
    void exportWithDialog();

    QStandardItemModel *m_products;
    QStandardItemModel *m_turnover;
    QStandardItemModel *m_replenishment;
    QSortFilterProxyModel *m_productProxy;
    SearchField *m_search = nullptr;
    RecordTableView *m_productView = nullptr;
    QTableView *m_turnoverView = nullptr;
    RecordTableView *m_replenishmentView = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_formulas = nullptr;
};

} // namespace sb::ui
