// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/productspage.h"

#include "core/analytics/inventory.h"
#include "core/domain/error.h"
#include "core/storage/inventoryqueries.h"
#include "core/storage/productrepository.h"
#include "ui/common/pageheader.h"
#include "ui/common/recordtableview.h"
#include "ui/common/roles.h"
#include "ui/common/searchfield.h"
#include "ui/common/workspace.h"
#include "ui/inventory/inventorytables.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sb::ui {

ProductsPage::ProductsPage(const PageContext &context, QWidget *parent)
    : Page(context, parent),
      m_products(new QStandardItemModel(this)),
      m_turnover(new QStandardItemModel(this)),
      m_replenishment(new QStandardItemModel(this)),
      m_productProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("productsPage"));
    m_productProxy->setSourceModel(m_products);
    m_productProxy->setSortRole(SortRole);
    m_productProxy->setFilterKeyColumn(-1);
    m_productProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildLayout();
    connect(&workspace(), &Workspace::changed, this, [this](const QString &entity) {
        if (entity == QStringLiteral("products") || entity == QStringLiteral("orders")
            || entity == QStringLiteral("*"))
            reload();
    });
    reload();
}

void ProductsPage::buildLayout()
{
    auto *header = new PageHeader(tr("Products & Inventory"),
                                  tr("Products with price, cost and stock; inventory turnover against the "
                                     "benchmark and what to reorder now."),
                                  this);
    m_search = new SearchField(this);
    m_search->setPlaceholderText(tr("Search SKU, name, product line…"));
    connect(m_search, &SearchField::searchRequested, this, [this](const QString &text) {
        m_productProxy->setFilterFixedString(text.trimmed());
        emit summaryChanged();
    });
    m_productView = new RecordTableView(this);
    m_productView->setObjectName(QStringLiteral("productTable"));
    m_productView->setModel(m_productProxy);
    m_productView->setSortingEnabled(true);

    auto *productsTab = new QWidget(this);
    auto *productsLayout = new QVBoxLayout(productsTab);
    productsLayout->addWidget(m_search);
    productsLayout->addWidget(m_productView, 1);

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("turnoverYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &ProductsPage::reload);
    m_turnoverView = new QTableView(this);
    m_turnoverView->setObjectName(QStringLiteral("turnoverTable"));
    m_turnoverView->setModel(m_turnover);
    m_turnoverView->verticalHeader()->setVisible(false);
    m_turnoverView->verticalHeader()->setDefaultSectionSize(m_turnoverView->fontMetrics().height() + 8);
    m_turnoverView->horizontalHeader()->setStretchLastSection(true);
    m_formulas = new QLabel(this);
    m_formulas->setWordWrap(true);
    m_formulas->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_replenishmentView = new RecordTableView(this);
    m_replenishmentView->setObjectName(QStringLiteral("replenishmentTable"));
    m_replenishmentView->setModel(m_replenishment);
    auto *exportButton = new QPushButton(tr("&Export reorder list (CSV)…"), this);
    connect(exportButton, &QPushButton::clicked, this, &ProductsPage::exportWithDialog);

    auto *inventoryTab = new QWidget(this);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    yearRow->addWidget(exportButton);
    auto *inventoryLayout = new QVBoxLayout(inventoryTab);
    inventoryLayout->addLayout(yearRow);
    inventoryLayout->addWidget(new QLabel(tr("Inventory turnover"), inventoryTab));
    inventoryLayout->addWidget(m_turnoverView);
    inventoryLayout->addWidget(m_formulas);
    inventoryLayout->addWidget(
        new QLabel(tr("Replenishment: products at or below their reorder point"), inventoryTab));
    inventoryLayout->addWidget(m_replenishmentView, 2);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(productsTab, tr("&Products"));
    tabs->addTab(inventoryTab, tr("&Inventory"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(tabs, 1);
}

void ProductsPage::reload()
{
    try {
        const core::Database &db = workspace().database();
        InventoryTables::fillProducts(*m_products, core::ProductRepository(db).list());
        const QList<core::inventory::ProductFacts> facts = core::loadInventoryFacts(
            db, m_year->value(),
            QDate(m_year->value(), 12, 31) < QDate::currentDate() ? QDate(m_year->value(), 12, 31)
                                                                  : QDate::currentDate());
        InventoryTables::fillTurnover(*m_turnover, core::inventory::turnoverReport(facts));
        InventoryTables::fillReplenishment(*m_replenishment, core::inventory::replenishment(facts));
    } catch (const core::Error &error) {
        workspace().reportError(error.message());
    }
    const core::inventory::Formulas f = core::inventory::formulas();
    m_formulas->setText(QStringList{f.turnover, f.averageInventory, f.reorderPoint, f.suggestedQuantity}.join(
        QLatin1Char('\n')));
    m_productView->setColumnWidthsInCharacters({12, 28, 16, 12, 12, 10, 10, 10});
    m_turnoverView->resizeColumnsToContents();
    // Every product line and the overall row at once (up to a dozen lines), with no scrolling.
    int height = m_turnoverView->horizontalHeader()->sizeHint().height() + 2 * m_turnoverView->frameWidth();
    for (int row = 0; row < m_turnover->rowCount() && row < 13; ++row)
        height += m_turnoverView->verticalHeader()->sectionSize(row);
    m_turnoverView->setFixedHeight(height);
    m_replenishmentView->setColumnWidthsInCharacters({12, 28, 16, 8, 10, 10, 10, 10, 12});
    emit summaryChanged();
}

QString ProductsPage::summary() const
{
    return tr("%n product(s), %1 to reorder", nullptr, m_products->rowCount())
        .arg(m_replenishment->rowCount());
}

void ProductsPage::activate()
{
    m_productView->setFocus(Qt::OtherFocusReason);
}

bool ProductsPage::exportReplenishment(const QString &path) const
{
    return InventoryTables::writeCsv(*m_replenishment, path);
}

void ProductsPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export reorder list"),
                                                      QStringLiteral("reorder.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportReplenishment(path))
        QMessageBox::warning(this, tr("Export reorder list"), tr("Could not write %1.").arg(path));
}

} // namespace sb::ui
