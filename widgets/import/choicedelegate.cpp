// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/import/choicedelegate.h"

#include <QComboBox>

namespace siyu {

ChoiceDelegate::ChoiceDelegate(int labelsRole, int valuesRole, QObject *parent)
    : QStyledItemDelegate(parent), m_labelsRole(labelsRole), m_valuesRole(valuesRole)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    const QStringList labels = index.data(m_labelsRole).toStringList();
    const QVariantList values = index.data(m_valuesRole).toList();
    for (int i = 0; i < labels.size() && i < values.size(); ++i)
        combo->addItem(labels.at(i), values.at(i));
    // A choice is made in one gesture: commit it at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(qMax(0, found));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace siyu
