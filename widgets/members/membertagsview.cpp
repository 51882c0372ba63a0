// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/members/membertagsview.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace siyu {

namespace {

constexpr int chipPadding = 10;

// Paints each tag as a rounded chip.
class ChipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString text = index.data().toString();
        return {option.fontMetrics.horizontalAdvance(text) + 2 * chipPadding,
                option.fontMetrics.height() + 8};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        const QRectF rect = QRectF(option.rect).adjusted(0.5, 1.5, -0.5, -1.5);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2);
        QColor fill = palette.highlight().color();
        fill.setAlpha(selected ? 255 : 40);
        painter->fillPath(path, fill);
        painter->setPen(selected ? palette.highlightedText().color() : palette.text().color());
        painter->drawText(option.rect, Qt::AlignCenter, index.data().toString());
        painter->restore();
    }
};

} // namespace

MemberTagsView::MemberTagsView(QWidget *parent) : QWidget(parent)
{
    m_tags = new QStringListModel(this);
    m_chips = new QListView;
    m_chips->setModel(m_tags);
    m_chips->setItemDelegate(new ChipDelegate(m_chips));
    m_chips->setFlow(QListView::LeftToRight);
    m_chips->setWrapping(true);
    m_chips->setResizeMode(QListView::Adjust);
    m_chips->setSpacing(3);
    m_chips->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chips->setFrameShape(QFrame::NoFrame);
    m_chips->setAccessibleName(tr("Tags"));
    m_chips->installEventFilter(this);
    m_chips->setMinimumHeight(60);

    m_completions = new QStringListModel(this);
    m_input = new QLineEdit;
    m_input->setPlaceholderText(tr("Add a tag…"));
    m_input->setAccessibleName(tr("New tag"));
    auto *completer = new QCompleter(m_completions, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    m_add = new QPushButton(tr("Add"));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected tag (Delete)"));

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chips, 1);
    layout->addLayout(inputRow);

    connect(m_input, &QLineEdit::returnPressed, this, &MemberTagsView::requestAdd);
    connect(m_add, &QPushButton::clicked, this, &MemberTagsView::requestAdd);
    connect(m_remove, &QPushButton::clicked, this, &MemberTagsView::requestRemove);
    connect(m_input, &QLineEdit::textChanged, this, &MemberTagsView::updateButtons);
    connect(m_chips->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemberTagsView::updateButtons);
    updateButtons();
}

void MemberTagsView::setTags(const QStringList &tags)
{
    if (tags != m_tags->stringList())
        m_tags->setStringList(tags);
    updateButtons();
}

void MemberTagsView::setCompletions(const QStringList &tagNames)
{
    m_completions->setStringList(tagNames);
}

void MemberTagsView::requestAdd()
{
    const QString tag = m_input->text().trimmed();
    if (tag.isEmpty())
        return;
    m_input->clear();
    emit addRequested(tag);
}

void MemberTagsView::requestRemove()
{
    const QModelIndex current = m_chips->currentIndex();
    if (current.isValid() && m_chips->selectionModel()->isSelected(current))
        emit removeRequested(current.data().toString());
}

void MemberTagsView::updateButtons()
{
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
    m_remove->setEnabled(m_chips->selectionModel()->hasSelection());
}

bool MemberTagsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chips && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            requestRemove();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace siyu
