// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/exchange/csvpreview.h"

#include <QAbstractTableModel>

namespace sb::ui {

/// The decoded records of a CSV preview: the file's header row as column
/// headers, the line number of each record as its row header.
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setPreview(const CsvPreview &preview);
    const CsvPreview &preview() const { return m_preview; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CsvPreview m_preview;
    int m_columns = 0;
};

} // namespace sb::ui
