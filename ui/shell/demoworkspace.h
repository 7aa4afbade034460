// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sb::ui {

/// Creates the trainer demo workspace with the demo generator, off the GUI
/// thread. The data is written to a temporary file first and renamed into place
/// when complete, so a cancelled or failed run leaves no half-filled demo behind.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(sb::ui::DemoWorkspace)

public:
    enum class Outcome {
        Ready,
        Cancelled,
        Failed
    };
    struct Result
    {
        Outcome outcome = Outcome::Ready;
        QString error;
    };

    /// Makes sure a demo workspace exists at `path`, generating it when missing.
    static Result ensure(QWidget *parent, const QString &path);
    /// Generates a demo workspace at `path` (scale "small", dated today); the file must not exist.
    static Result create(QWidget *parent, const QString &path);
};

} // namespace sb::ui
