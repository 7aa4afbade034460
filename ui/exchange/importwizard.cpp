// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/importwizard.h"

#include "ui/common/icons.h"
#include "ui/common/settingvalue.h"
#include "ui/exchange/importdryrunpage.h"
#include "ui/exchange/importformatpage.h"
#include "ui/exchange/importmappingpage.h"
#include "ui/exchange/importresultpage.h"
#include "ui/exchange/importrunpage.h"
#include "ui/exchange/importsourcepage.h"

namespace sb::ui {

namespace {

const SettingValue<QByteArray> &geometrySetting()
{
    static const SettingValue<QByteArray> setting(QStringLiteral("dialogs/import/geometry"));
    return setting;
}

} // namespace

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent),
      m_source(new ImportSourcePage(m_session, this)),
      m_format(new ImportFormatPage(m_session, this)),
      m_mapping(new ImportMappingPage(m_session, this)),
      m_dryRun(new ImportDryRunPage(workspace, m_session, this)),
      m_run(new ImportRunPage(workspace, m_session, this)),
      m_result(new ImportResultPage(workspace, m_session, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from CSV"));
    setWindowIcon(icon(QStringLiteral("salesbench")));
    // One look on every platform: the classic style has room for the page titles and subtitles.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePageId, m_source);
    setPage(FormatPageId, m_format);
    setPage(MappingPageId, m_mapping);
    setPage(DryRunPageId, m_dryRun);
    setPage(RunPageId, m_run);
    setPage(ResultPageId, m_result);
    setStartId(SourcePageId);
    if (!restoreGeometry(geometrySetting().get()))
        resize(920, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    m_source->setFile(path);
}

void ImportWizard::setEntity(const QString &entity)
{
    m_source->setEntity(entity);
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::done(int result)
{
    // An import or an undo cannot be abandoned half-way: the pages must hear how it ended.
    if (m_run->isRunning() || m_result->isUndoing())
        return;
    m_dryRun->cancel();
    geometrySetting().set(saveGeometry());
    QWizard::done(result);
}

} // namespace sb::ui
