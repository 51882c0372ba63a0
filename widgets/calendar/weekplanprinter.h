// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/calendar/contentitem.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

#include <vector>

class QPrinter;
class QTextDocument;
class QWidget;

namespace siyu {

// A week's content plan on paper: a heading with the brand and the ISO week, then a table per
// day (time, group, kind, title, owner), in the language asked for (the report language).
class WeekPlanPrinter
{
    Q_DECLARE_TR_FUNCTIONS(siyu::WeekPlanPrinter)

public:
    WeekPlanPrinter(std::vector<ContentItem> items, const QDate &monday, const QTimeZone &zone,
                    const QString &brand, const QString &language);

    // The plan as HTML in the printer's language (for the preview, the printer and tests).
    QString html() const;
    void paint(QPrinter *printer) const;
    void preview(QWidget *parent) const;
    bool print(QWidget *parent) const;

private:
    QString dayTable(const QDate &day) const;

    std::vector<ContentItem> m_items;
    QDate m_monday;
    QTimeZone m_zone;
    QString m_brand;
    QString m_language;
};

} // namespace siyu
