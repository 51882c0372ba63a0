// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace siyu {

class ImportWizard;

// The pages of the import wizard. Each reads and sets the wizard's state; none touches the
// workspace itself.
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    FilePage();
    void initializePage() override;
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ImportWizard *importWizard() const;
    void chooseFiles();
    void showFiles();

    QListWidget *m_list;
    QLabel *m_dropZone;
};

class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    SourcePage();
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard *importWizard() const;
    void fillPresets();
    void showPreview();
    void showPreset();
    void readOptionsChosen();

    QLabel *m_file;
    QComboBox *m_preset;
    QLabel *m_recognised;
    QComboBox *m_encoding;
    QLabel *m_encodingNote;
    QComboBox *m_delimiter;
    QLabel *m_headerRow;
    QTableView *m_table;
    QLabel *m_error;
    bool m_filling = false;
    bool m_connected = false; // to the wizard: initializePage runs each time the page is entered
};

class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    MappingPage();
    void initializePage() override;

private:
    ImportWizard *importWizard() const;
    void showState();
    void saveAsPreset();

    QLabel *m_state;
    QTableView *m_table;
    QPushButton *m_save;
    QPushButton *m_reset;
};

class CheckPage : public QWizardPage
{
    Q_OBJECT

public:
    CheckPage();
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    ImportWizard *importWizard() const;
    void start();
    void finished();
    QString countsText() const;

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QLabel *m_counts;
    QTableView *m_table;
    QLabel *m_warnings;
    QRadioButton *m_update;
    QRadioButton *m_skip;
    QCheckBox *m_strict;
    bool m_cancelled = false;
};

class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    RunPage();
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard *importWizard() const;
    void finished();

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    bool m_connected = false;
};

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage();
    void initializePage() override;

private:
    ImportWizard *importWizard() const;
    void showReport();
    void undo();
    void undone();

    QLabel *m_result;
    QLabel *m_counts;
    QLabel *m_rejects;
    QPushButton *m_undo;
    QPushButton *m_again;
    QLabel *m_undoState;
    bool m_connected = false;
};

} // namespace siyu
