// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace sb::ui {

class ColumnMappingModel;
struct ImportSession;

/// Step 3: which field each column of the file feeds, suggested from the
/// headers (English or Chinese). Required fields are marked; a missing one
/// keeps the wizard here. Mappings can be saved and loaded as JSON files,
/// the same files `salesbench-cli import --mapping` reads.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ImportSession &session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    ColumnMappingModel &mappingModel() const { return *m_model; }
    /// Writes the mapping file; false (after telling the user) on failure.
    bool saveMappingTo(const QString &path);
    /// Reads a mapping file and shows it; false (after telling the user) on failure.
    bool loadMappingFrom(const QString &path);

private:
    void showMapping();
    void mappingEdited();
    void saveMapping();
    void loadMapping();

    ImportSession &m_session;
    ColumnMappingModel *m_model;
    QTableView *m_view = nullptr;
    QLabel *m_required = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sb::ui
