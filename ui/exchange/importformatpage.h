// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace sb::ui {

class CsvPreviewModel;
class BackgroundJob;
struct ImportSession;

/// Step 2: the encoding and delimiter as detected, combos to override them, the
/// day/month order of slash dates, and the first records decoded accordingly.
/// The file is read on a worker thread again whenever a choice changes.
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportFormatPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    const CsvPreviewModel &previewModel() const { return *m_model; }
    /// True while the preview is being read.
    bool isLoading() const;

signals:
    /// A preview was read (or failed) and is on screen.
    void previewShown();

private:
    void reload();
    void showPreview();
    void storeChoices();

    ImportSession &m_session;
    CsvPreviewModel *m_model;
    BackgroundJob *m_job;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    bool m_reloadPending = false;
    bool m_loaded = false;
};

} // namespace sb::ui
