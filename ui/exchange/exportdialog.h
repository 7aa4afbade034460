// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sb::core {
class Database;
}

namespace sb::ui {

class BackgroundJob;

/// Exports one entity, or every entity into a folder, as CSV (UTF-8 with BOM,
/// UTF-8 or GB18030) or XLSX, optionally with personal data masked. The export
/// runs on a worker thread with a progress bar and Cancel; the dialog then says
/// how many rows were written where.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const core::Database &db, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Preselects an entity ("customers"); empty for all.
    void setEntity(const QString &entity);
    /// The file (one entity) or folder (all) to write.
    void setTarget(const QString &path);
    QString target() const;
    bool isRunning() const;
    /// Rows written by the last export that finished, -1 before one finished.
    qint64 rowsWritten() const { return m_rowsWritten; }

    void reject() override;

public slots:
    /// Starts the export with the current choices.
    void startExport();

signals:
    /// An export ended; `ok` is false when it failed or was cancelled.
    void exportEnded(bool ok);

private:
    bool allEntities() const;
    QString suffix() const;
    void updateChoices();
    void setInputsEnabled(bool enabled);
    void browse();
    void finished(qint64 rows, const QStringList &files);

    const core::Database &m_db;
    BackgroundJob *m_job;
    QComboBox *m_entity = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_mask = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    bool m_targetEdited = false;
    qint64 m_rowsWritten = -1;
};

} // namespace sb::ui
