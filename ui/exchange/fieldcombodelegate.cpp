// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/fieldcombodelegate.h"

#include "ui/exchange/columnmappingmodel.h"

#include <QComboBox>

namespace sb::ui {

FieldComboDelegate::FieldComboDelegate(const ColumnMappingModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget *FieldComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("fieldCombo%1").arg(index.row()));
    combo->setAccessibleName(
        tr("Field for column %1")
            .arg(index.siblingAtColumn(ColumnMappingModel::SourceColumn).data().toString()));
    combo->addItem(tr("(not imported)"), QString());
    for (const MappingField &field : m_model->fields())
        combo->addItem(m_model->fieldLabel(field.name), field.name);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        // Commit at once: the editor stays open (a persistent editor).
        emit const_cast<FieldComboDelegate *>(this)->commitData(combo);
    });
    return combo;
}

void FieldComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QString value = index.data(Qt::EditRole).toString();
    int found = combo->findData(value);
    if (found < 0) {
        // A loaded mapping may feed several fields from one column: keep that choice offered.
        combo->addItem(index.data(Qt::DisplayRole).toString(), value);
        found = combo->count() - 1;
    }
    combo->setCurrentIndex(found);
}

void FieldComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace sb::ui
