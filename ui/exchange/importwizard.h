// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/exchange/importsession.h"

#include <QWizard>

namespace sb::ui {

class ImportDryRunPage;
class ImportFormatPage;
class ImportMappingPage;
class ImportResultPage;
class ImportRunPage;
class ImportSourcePage;
class Workspace;

/// The CSV import wizard: file → encoding and preview → column mapping → dry
/// run → import → result with undo. Every read of the file runs on a worker
/// thread; the workspace announces the change when the import (or its undo)
/// is written, so every page refreshes.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        SourcePageId,
        FormatPageId,
        MappingPageId,
        DryRunPageId,
        RunPageId,
        ResultPageId
    };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Starts with this file (e.g. dropped on the window); the entity is guessed from its name.
    void setFile(const QString &path);
    void setEntity(const QString &entity);

    const ImportSession &session() const { return m_session; }
    ImportSourcePage *sourcePage() const { return m_source; }
    ImportFormatPage *formatPage() const { return m_format; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportDryRunPage *dryRunPage() const { return m_dryRun; }
    ImportRunPage *runPage() const { return m_run; }
    ImportResultPage *resultPage() const { return m_result; }

    /// While the import runs, Cancel stops it (nothing is written) instead of closing.
    void reject() override;
    void done(int result) override;

private:
    ImportSession m_session;
    ImportSourcePage *m_source;
    ImportFormatPage *m_format;
    ImportMappingPage *m_mapping;
    ImportDryRunPage *m_dryRun;
    ImportRunPage *m_run;
    ImportResultPage *m_result;
};

} // namespace sb::ui
