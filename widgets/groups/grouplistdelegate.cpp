// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/groups/grouplistdelegate.h"

#include "models/items/grouplistmodel.h"
#include "models/store/grouprepository.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QPainterPath>
#include <QSpinBox>

namespace siyu {

namespace {

const GroupListModel *groupModel(const QModelIndex &index)
{
    return qobject_cast<const GroupListModel *>(index.model());
}

constexpr int maxCap = 1000000;

} // namespace

QColor GroupListDelegate::fillColor(double fill)
{
    if (fill >= 1.0)
        return {0xe5, 0x48, 0x4d};
    if (fill >= nearCapThreshold)
        return {0xf5, 0x9e, 0x0b};
    return {0x2f, 0x6f, 0xeb};
}

void GroupListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.column() == GroupListModel::FillColumn)
        paintFill(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void GroupListDelegate::paintFill(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColor =
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const int margin = 6;
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + margin;
    const QRect textRect = option.rect.adjusted(0, 0, -margin, 0);
    painter->save();
    painter->setPen(textColor);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    const QVariant fill = index.data(GroupListModel::FillRole);
    if (fill.isValid()) {
        const int height = 6;
        QRectF track(option.rect.left() + margin, option.rect.center().y() - height / 2.0 + 1,
                     option.rect.width() - textWidth - 2 * margin, height);
        if (track.width() > 8) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? QColor(255, 255, 255, 90) : QColor(0xe6, 0xe9, 0xee));
            painter->drawRoundedRect(track, height / 2.0, height / 2.0);
            const double share = std::clamp(fill.toDouble(), 0.0, 1.0);
            if (share > 0) {
                QRectF bar = track;
                bar.setWidth(std::max(double(height), track.width() * share));
                painter->setBrush(fillColor(fill.toDouble()));
                painter->drawRoundedRect(bar, height / 2.0, height / 2.0);
            }
        }
    }
    painter->restore();
}

QSize GroupListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == GroupListModel::FillColumn)
        size.setWidth(std::max(size.width(), 120));
    return size;
}

QWidget *GroupListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const GroupListModel *model = groupModel(index);
    switch (index.column()) {
    case GroupListModel::OwnerColumn: {
        auto *box = new QComboBox(parent);
        box->addItem(tr("No owner"), qint64(0));
        if (model) {
            for (const StaffEntry &staff : model->staff())
                box->addItem(staff.name, staff.ref);
        }
        return box;
    }
    case GroupListModel::StatusColumn: {
        auto *box = new QComboBox(parent);
        if (model) {
            for (const QString &status : model->statuses())
                box->addItem(GroupListModel::statusTitle(status), status);
        }
        return box;
    }
    case GroupListModel::CapColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, maxCap);
        spin->setSpecialValueText(tr("No cap"));
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void GroupListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        const int found = box->findData(value);
        box->setCurrentIndex(std::max(found, 0));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void GroupListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentData());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace siyu
