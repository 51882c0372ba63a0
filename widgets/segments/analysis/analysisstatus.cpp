// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/analysis/analysisstatus.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace siyu {

AnalysisStatus::AnalysisStatus(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel;
    m_label->setWordWrap(true);
    m_label->setStyleSheet(QStringLiteral("color: #5b6673;"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // busy: the work does not know how far it is
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setShortcut(QKeySequence::Cancel);
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisStatus::cancelRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    showBusy(false);
}

void AnalysisStatus::showBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void AnalysisStatus::setBusy(const QString &text)
{
    m_label->setText(text);
    showBusy(true);
}

void AnalysisStatus::setDone(const QString &text)
{
    m_label->setText(text);
    showBusy(false);
}

void AnalysisStatus::setError(const QString &text)
{
    m_label->setText(tr("Error: %1").arg(text));
    showBusy(false);
}

bool AnalysisStatus::isBusy() const
{
    return !m_progress->isHidden();
}

QString AnalysisStatus::text() const
{
    return m_label->text();
}

} // namespace siyu
