// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QPrinter;
class QWidget;

namespace siyu::kpi {
struct ReportData;
}

namespace siyu {

class Workspace;

// The weekly report from the window: print preview, print and PDF export, in the workspace's
// report language (the interface's when it has none).
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(siyu::ReportPrinter)

public:
    ReportPrinter(const kpi::ReportData &data, const QString &language);

    // The language reports of `workspace` are written in: its `report_language` setting when
    // set, else the interface language.
    static QString languageFor(const Workspace &workspace);
    // A4, or Letter where people use it (the US and Canada).
    static QPageSize defaultPageSize();

    void preview(QWidget *parent) const;
    // True when the report went to the printer.
    bool print(QWidget *parent) const;
    // Asks for a file name and writes the PDF; returns the file written, empty when cancelled.
    // The file may not be the workspace at `workspacePath` or one of SQLite's files beside it.
    Result<QString> exportPdf(QWidget *parent, const QString &workspacePath) const;
    // What exportPdf does once it has the file name: the number of pages written.
    Result<int> writePdf(const QString &path, const QString &workspacePath) const;
    // Paints the report onto a printer set up by the caller (the preview dialog's).
    int paint(QPrinter *printer) const;

private:
    void setUp(QPrinter &printer) const;

    const kpi::ReportData &m_data;
    QString m_language;
};

} // namespace siyu
