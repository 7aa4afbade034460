// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/customertablemodel.h"

#include "ui/common/abccolors.h"
#include "ui/common/format.h"
#include "ui/common/roles.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

namespace sb::ui {

CustomerTableModel::CustomerTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CustomerTableModel::reload(const core::CustomerRepository &repository)
{
    setRows(repository.list());
}

void CustomerTableModel::setRows(QList<core::CustomerListRow> rows, QStringList searchTexts)
{
    if (searchTexts.size() != rows.size()) {
        searchTexts.clear();
        searchTexts.reserve(rows.size());
        for (const core::CustomerListRow &row : std::as_const(rows))
            searchTexts.append(searchText(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_searchTexts = std::move(searchTexts);
    endResetModel();
}

CustomerRows CustomerRows::read(const core::Database &db)
{
    CustomerRows result;
    result.rows = core::CustomerRepository(db).list();
    // Folding the text here keeps filter-as-you-type cheap in the GUI thread.
    result.searchTexts.reserve(result.rows.size());
    for (const core::CustomerListRow &row : std::as_const(result.rows))
        result.searchTexts.append(CustomerTableModel::searchText(row));
    return result;
}

QString CustomerTableModel::searchText(const core::CustomerListRow &row)
{
    const core::Customer &c = row.customer;
    const QChar gap(u'\n'); // the search field cannot hold a line break, so no match spans two fields
    return QString(c.code % gap % c.name % gap % c.phone % gap % c.region % gap % c.city % gap % c.industry
                   % gap % row.ownerName % gap % c.decisionMaker % gap % c.email)
        .toCaseFolded();
}

void CustomerTableModel::setClasses(QHash<QString, core::abc::Class> classes)
{
    m_classes = std::move(classes);
    m_classesKnown = true;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AbcClass), index(rowCount() - 1, AbcClass));
}

std::optional<core::abc::Class> CustomerTableModel::classAt(int row) const
{
    const auto it = m_classes.constFind(m_rows.at(row).customer.meta.id);
    return it == m_classes.cend() ? std::nullopt : std::optional<core::abc::Class>(*it);
}

int CustomerTableModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].customer.meta.id == id)
            return int(i);
    }
    return -1;
}

bool CustomerTableModel::isHiddenByDefault(Column column)
{
    switch (column) {
    case Channel:
    case DecisionMakerTitle:
    case Email:
    case Source:
    case UpdatedAt:
        return true;
    default:
        return false;
    }
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CustomerListRow &row = m_rows.at(index.row());
    const core::Customer &c = row.customer;
    if (index.column() == AbcClass)
        return classData(index.row(), role);
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !c.notes.isEmpty())
            return c.notes;
        return {};
    case IdRole:
        return c.meta.id;
    case CodeRole:
        return c.code;
    case EnumKeyRole:
        return index.column() == Lifecycle ? QVariant(core::lifecycle::key(c.lifecycle)) : QVariant();
    case SortRole:
        // Lifecycle sorts in lifecycle order, not alphabetically by its translated name.
        if (index.column() == Lifecycle)
            return int(c.lifecycle);
        if (index.column() == UpdatedAt)
            return c.meta.updatedAt;
        return text(row, index.column());
    default:
        return {};
    }
}

QVariant CustomerTableModel::classData(int row, int role) const
{
    const std::optional<core::abc::Class> cls = classAt(row);
    switch (role) {
    case Qt::DisplayRole:
        return cls ? core::abc::key(*cls) : QString();
    case SortRole:
        return cls ? int(*cls) : 3;
    case EnumKeyRole:
        return cls ? core::abc::key(*cls) : QString();
    case IdRole:
        return m_rows.at(row).customer.meta.id;
    case CodeRole:
        return m_rows.at(row).customer.code;
    case Qt::ToolTipRole:
        return cls ? QVariant(core::abc::displayName(*cls)) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return cls ? QVariant(QBrush(abccolors::classTint(*cls))) : QVariant();
    default:
        return {};
    }
}

QString CustomerTableModel::text(const core::CustomerListRow &row, int column)
{
    const core::Customer &c = row.customer;
    switch (Column(column)) {
    case Code:
        return c.code;
    case Name:
        return c.name;
    case Industry:
        return c.industry;
    case SizeBand:
        return c.sizeBand;
    case Region:
        return c.region;
    case City:
        return c.city;
    case Owner:
        return row.ownerName;
    case Channel:
        return row.channelName;
    case Lifecycle:
        return core::lifecycle::displayName(c.lifecycle);
    case AbcClass:
        return {};
    case DecisionMaker:
        return c.decisionMaker;
    case DecisionMakerTitle:
        return c.decisionMakerTitle;
    case Phone:
        return c.phone;
    case Email:
        return c.email;
    case Source:
        return c.source;
    case UpdatedAt: {
        const QDateTime at = QDateTime::fromString(c.meta.updatedAt, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : c.meta.updatedAt;
    }
    case ColumnCount:
        break;
    }
    return {};
}

const QString *CustomerTableModel::field(const core::CustomerListRow &row, int column)
{
    const core::Customer &c = row.customer;
    switch (Column(column)) {
    case Code:
        return &c.code;
    case Name:
        return &c.name;
    case Industry:
        return &c.industry;
    case SizeBand:
        return &c.sizeBand;
    case Region:
        return &c.region;
    case City:
        return &c.city;
    case Owner:
        return &row.ownerName;
    case Channel:
        return &row.channelName;
    case DecisionMaker:
        return &c.decisionMaker;
    case DecisionMakerTitle:
        return &c.decisionMakerTitle;
    case Phone:
        return &c.phone;
    case Email:
        return &c.email;
    case Source:
        return &c.source;
    case Lifecycle:
    case AbcClass:
    case UpdatedAt:
    case ColumnCount:
        break;
    }
    return nullptr;
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == AbcClass)
        return tr("ABC class by revenue over the last 12 months");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Industry:
        return tr("Industry");
    case SizeBand:
        return tr("Size");
    case Region:
        return tr("Region");
    case City:
        return tr("City");
    case Owner:
        return tr("Owner");
    case Channel:
        return tr("Channel");
    case Lifecycle:
        return tr("Lifecycle stage");
    case AbcClass:
        return tr("ABC class");
    case DecisionMaker:
        return tr("Decision maker");
    case DecisionMakerTitle:
        return tr("Title");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Source:
        return tr("Source");
    case UpdatedAt:
        return tr("Last changed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sb::ui
