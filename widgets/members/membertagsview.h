// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;

namespace siyu {

// A member's tags as chips, with a box (completing known tags) to add one and a button (or
// Delete) to remove the selected one. It only asks: the pane turns requests into commands.
class MemberTagsView : public QWidget
{
    Q_OBJECT

public:
    explicit MemberTagsView(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    void setCompletions(const QStringList &tagNames);

signals:
    void addRequested(const QString &tag);
    void removeRequested(const QString &tag);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestAdd();
    void requestRemove();
    void updateButtons();

    QListView *m_chips = nullptr;
    QStringListModel *m_tags = nullptr;
    QStringListModel *m_completions = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace siyu
