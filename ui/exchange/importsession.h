// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importer.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::ui {

/// What the import wizard's pages have chosen and found so far: each page reads
/// the choices of the pages before it and adds its own.
struct ImportSession
{
    QString entity;
    QString file;
    /// Choices of the encoding page: unset / null means "as detected".
    std::optional<core::TextEncoding> encoding;
    QChar delimiter;
    core::parse::DateOrder dateOrder = core::parse::DateOrder::Unknown;
    /// Decides the legacy code page when a file is not UTF-8 or UTF-16: the default
    /// locale, which follows the language chosen for the program (GB18030 for Chinese).
    QLocale locale;

    /// What the preview read: the header row and the first data row.
    QStringList headers;
    QStringList sample;

    /// The mapping being edited, and the entity and headers it was made for.
    core::ImportMapping mapping;
    QString mappingEntity;
    QStringList mappingHeaders;

    core::OnError onError = core::OnError::Abort;
    QStringList createMissing;

    std::optional<core::ImportResult> dryRun;
    std::optional<core::ImportResult> result;
    QString reportPath; ///< the report written after the import, if any
    QString reportError; ///< why it could not be written

    /// The options for runImport(): a preview (dry run) or the real import.
    core::ImportOptions options(bool dryRun) const;
    /// The mapping as it would be saved: columns plus the file format chosen.
    core::ImportMapping mappingToSave() const;
    /// Takes the file format a loaded mapping names (encoding, delimiter, date order).
    void adoptFormatOf(const core::ImportMapping &loaded);
};

} // namespace sb::ui
