// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace sb::ui {

/// Sets the names QSettings and QStandardPaths use; call before QApplication exists.
void prepareApplication();

/// The desktop app after QApplication exists: command line, language, main
/// window, first workspace, and --screenshot. Returns the process exit code.
int runApplication(QApplication &app);

} // namespace sb::ui
