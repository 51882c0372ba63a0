// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/welcomepage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace siyu {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("<h1>Siyu</h1><p>Your members, groups, content and KPIs — in "
                                "one workspace file on this computer.</p>"));
    title->setWordWrap(true);
    auto *newButton = new QPushButton(tr("&New workspace…"));
    auto *openButton = new QPushButton(tr("&Open workspace…"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto *demoButton = new QPushButton(tr("&Try the demo"));
    demoButton->setObjectName(QStringLiteral("tryDemoButton"));
    demoButton->setToolTip(tr("Opens a workspace filled with Qingyou, a made-up skincare brand: "
                              "5,000 members, their groups, content, orders and campaigns over "
                              "26 weeks. Your own workspaces are not touched."));
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    m_recent = new QListWidget;
    m_recent->setAccessibleName(tr("Recent workspaces"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentChosen(item->data(Qt::UserRole).toString());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addSpacing(12);
    buttons->addWidget(demoButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("Recent workspaces:")));
    layout->addWidget(m_recent, 1);
}

void WelcomePage::setRecent(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName() +
                                         QStringLiteral("  —  ") + path);
        item->setData(Qt::UserRole, path);
        m_recent->addItem(item);
    }
}

} // namespace siyu
