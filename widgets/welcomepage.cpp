// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/welcomepage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace siyu {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/siyu/siyu-256.png")).pixmap(QSize(72, 72)));
    auto *title = new QLabel(tr("<h1>Siyu</h1><p>Your members, groups, content and KPIs — in "
                                "one workspace file on this computer.</p>"));
    title->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    header->addSpacing(12);
    header->addWidget(title, 1);
    auto *demoHint = new QLabel(
        tr("New to Siyu? <b>Try the demo</b>: Qingyou, a made-up skincare brand, with members "
           "in WeCom, WeChat, Telegram and the shop, its groups, content calendar, orders and "
           "campaigns over 26 weeks — everything to click through before you import your own "
           "exports."));
    demoHint->setWordWrap(true);
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
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(demoHint);
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
