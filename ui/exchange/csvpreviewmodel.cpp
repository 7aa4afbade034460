// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/csvpreviewmodel.h"

#include <algorithm>

namespace sb::ui {

namespace {

// A cell shows on one line: line breaks inside quotes become a visible mark.
QString oneLine(const QString &text)
{
    QString shown = text;
    shown.replace(QStringLiteral("\r\n"), QStringLiteral(" ⏎ "));
    shown.replace(u'\n', QStringLiteral(" ⏎ "));
    return shown;
}

} // namespace

CsvPreviewModel::CsvPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void CsvPreviewModel::setPreview(const CsvPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_columns = int(m_preview.headers.size());
    for (const QStringList &row : std::as_const(m_preview.rows))
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void CsvPreviewModel::clear()
{
    setPreview({});
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_preview.rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(row.at(index.column()));
    case Qt::ToolTipRole:
        return row.at(index.column());
    case Qt::EditRole:
        return row.at(index.column());
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_preview.lineNumbers.size() ? QVariant(m_preview.lineNumbers.at(section))
                                                      : QVariant();
    if (section < m_preview.headers.size())
        return m_preview.headers.at(section);
    return section < m_columns ? QVariant(tr("(column %1)").arg(section + 1)) : QVariant();
}

} // namespace sb::ui
