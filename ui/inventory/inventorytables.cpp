// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/inventorytables.h"

#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QBrush>
#include <QColor>
#include <QFile>
#include <QLocale>
#include <QStandardItemModel>
#include <QTextStream>

namespace sb::ui {

namespace {

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(const QString &text, double sortValue)
{
    QStandardItem *item = textItem(text);
    item->setData(sortValue, SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString moneyText(core::Money minor)
{
    return format::money(minor);
}

QString csvField(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"") + text + QStringLiteral("\"");
}

} // namespace

void InventoryTables::fillProducts(QStandardItemModel &model, const QList<core::Product> &products)
{
    model.clear();
    model.setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Product line"), tr("Price"), tr("Cost"),
                                     tr("Stock"), tr("Safety stock"), tr("Lead time (days)")});
    const QLocale locale;
    for (const core::Product &p : products) {
        QStandardItem *sku = textItem(p.sku);
        sku->setData(p.meta.id, IdRole);
        model.appendRow({sku, textItem(p.name), textItem(p.productLine),
                         numberItem(core::money::price4ToString(p.unitPrice), double(p.unitPrice)),
                         numberItem(core::money::price4ToString(p.unitCost), double(p.unitCost)),
                         numberItem(locale.toString(p.stockOnHand), double(p.stockOnHand)),
                         numberItem(locale.toString(p.safetyStock), double(p.safetyStock)),
                         numberItem(locale.toString(p.leadTimeDays), p.leadTimeDays)});
    }
}

void InventoryTables::fillTurnover(QStandardItemModel &model, const core::inventory::TurnoverReport &report)
{
    model.clear();
    model.setHorizontalHeaderLabels({tr("Product line"), tr("Products"), tr("COGS"), tr("Inventory value"),
                                     tr("Turns / year"), tr("Days"), tr("Benchmark (≥ 8 turns, ≤ 45 days)")});
    const QLocale locale;
    QList<core::inventory::Turnover> rows = report.productLines;
    rows.append(report.overall);
    for (const core::inventory::Turnover &t : rows) {
        const bool overall = &t == &rows.constLast();
        QStandardItem *line = textItem(overall                       ? tr("All products")
                                           : t.productLine.isEmpty() ? tr("(no line)")
                                                                     : t.productLine);
        QString products = locale.toString(t.products);
        if (t.productsWithoutCost > 0)
            products = tr("%1 (%2 without cost)").arg(products, locale.toString(t.productsWithoutCost));
        QStandardItem *benchmark = textItem(!t.benchmarkMet       ? tr("n/a")
                                                : *t.benchmarkMet ? tr("Met")
                                                                  : tr("Not met"));
        if (t.benchmarkMet) {
            benchmark->setForeground(
                QBrush(*t.benchmarkMet ? QColor(0x1e, 0x7b, 0x34) : QColor(0xb0, 0x30, 0x20)));
            benchmark->setBackground(
                QBrush(*t.benchmarkMet ? QColor(0xe3, 0xf4, 0xe6) : QColor(0xfb, 0xe4, 0xe0)));
        }
        QList<QStandardItem *> row{
            line,
            numberItem(products, t.products),
            numberItem(moneyText(t.cogs), double(t.cogs)),
            numberItem(moneyText(t.inventoryValue), double(t.inventoryValue)),
            numberItem(t.turns ? locale.toString(*t.turns, 'f', 2) : tr("n/a"), t.turns.value_or(-1)),
            numberItem(t.days ? locale.toString(*t.days, 'f', 1) : tr("n/a"), t.days.value_or(-1)),
            benchmark};
        if (overall)
            for (QStandardItem *item : row) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        model.appendRow(row);
    }
}

void InventoryTables::fillReplenishment(QStandardItemModel &model,
                                        const QList<core::inventory::Replenishment> &rows)
{
    model.clear();
    model.setHorizontalHeaderLabels({tr("SKU"), tr("Name"), tr("Product line"), tr("Stock"),
                                     tr("Safety stock"), tr("Lead time (days)"), tr("Daily demand"),
                                     tr("Reorder point"), tr("Suggested quantity")});
    const QLocale locale;
    for (const core::inventory::Replenishment &r : rows)
        model.appendRow({textItem(r.sku), textItem(r.name), textItem(r.productLine),
                         numberItem(locale.toString(r.stockOnHand), double(r.stockOnHand)),
                         numberItem(locale.toString(r.safetyStock), double(r.safetyStock)),
                         numberItem(locale.toString(r.leadTimeDays), r.leadTimeDays),
                         numberItem(locale.toString(r.dailyDemand, 'f', 2), r.dailyDemand),
                         numberItem(locale.toString(r.reorderPoint), double(r.reorderPoint)),
                         numberItem(locale.toString(r.suggestedQuantity), double(r.suggestedQuantity))});
}

bool InventoryTables::writeCsv(const QStandardItemModel &model, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields.append(csvField(model.headerData(c, Qt::Horizontal).toString()));
    out << fields.join(QLatin1Char(',')) << '\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            fields.append(csvField(model.item(r, c)->text()));
        out << fields.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    return file.error() == QFileDevice::NoError;
}

} // namespace sb::ui
