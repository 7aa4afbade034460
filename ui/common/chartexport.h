// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QWidget;

namespace sb::ui {

/// Saves a chart (or any widget) as an image for slides and reports.
class ChartExport final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::ChartExport)

public:
    /// The widget drawn into an image at `scale` times its size (sharp on slides).
    static QImage render(QWidget *widget, qreal scale = 2.0);
    /// Writes PNG or SVG, chosen by the file's suffix, through a save file so a
    /// failure leaves no half-written file. Returns an error message, empty on success.
    static QString save(QWidget *widget, const QString &path, const QString &title = {});
    /// Asks for a file name (PNG or SVG) and saves; reports errors in a message box.
    static void saveWithDialog(QWidget *widget, const QString &suggestedName, const QString &title = {});
};

} // namespace sb::ui
