// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/order.h"
#include "core/domain/product.h"

#include <QList>
#include <QTableWidget>

namespace sb::ui {

/// The lines of an order form: product (with price, cost and stock in the
/// picker, found by typing part of the SKU or name), quantity, unit price with
/// four decimals, discount % and the line amount computed as you type. Insert
/// adds a line, Delete removes the current one; Tab walks a line left to right.
class OrderLinesEditor final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        Product,
        Quantity,
        UnitPrice,
        Discount,
        Amount,
        ColumnCount
    };

    explicit OrderLinesEditor(QList<core::Product> products, QWidget *parent = nullptr);

    /// Replaces the lines with these.
    void setLines(const QList<core::OrderLine> &lines);
    /// The lines as edited; line numbers are kept for existing lines. `ok` is
    /// false when a unit price cannot be read.
    QList<core::OrderLine> lines(bool *ok = nullptr) const;
    /// Σ line amounts of what is entered now.
    core::Money total() const;

    /// Appends an empty line and focuses its product picker; returns its row.
    int addLine();
    /// Removes the line with the focus (or the current row).
    void removeCurrentLine();

    /// Sets the values of a line (for keyboard-free callers such as tests).
    void setLine(int row, const QString &productId, qint64 quantity, const QString &unitPrice,
                 double discountPercent);
    /// The widget Tab reaches after the last line's discount (the "Add line" button).
    void setTabAfterLines(QWidget *widget);

signals:
    void totalChanged(core::Money total);

private:
    void recompute(int row);
    int rowOfWidget(const QWidget *widget) const;
    /// Tab walks the lines in order: product, quantity, price, discount, then the next line.
    void updateTabOrder();

    QList<core::Product> m_products;
    QList<int> m_lineNumbers; ///< stored line number per row, 0 for new lines
    QWidget *m_tabAfter = nullptr;
};

} // namespace sb::ui
