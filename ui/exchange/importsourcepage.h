// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sb::ui {

struct ImportSession;

/// Step 1: what to import (the entity) and from which file.
class ImportSourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportSourcePage(ImportSession &session, QWidget *parent = nullptr);

    /// Fills in a file (chosen elsewhere, e.g. dropped on the window) and guesses the entity from its name.
    void setFile(const QString &path);
    void setEntity(const QString &entity);

    bool isComplete() const override;
    bool validatePage() override;

    /// The entity a file name suggests ("客户.csv", "customers-2025.csv"), or empty.
    static QString entityFromFileName(const QString &path);

private:
    void browse();
    void updateHint();

    ImportSession &m_session;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_hint = nullptr;
    bool m_entityChosen = false;
};

} // namespace sb::ui
