// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace sb::ui {

class ColumnMappingModel;

/// Edits the Field column of a ColumnMappingModel with a combo box of the
/// entity's fields (required ones marked), committing on every choice so a
/// persistent editor behaves like a plain combo box.
class FieldComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FieldComboDelegate(const ColumnMappingModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const ColumnMappingModel *m_model;
};

} // namespace sb::ui
