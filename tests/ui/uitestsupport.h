// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/testsupport.h"

#include "core/domain/customer.h"

#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;

namespace sb::test {

/// Stores a customer with the repository and returns it as stored.
core::Customer addCustomer(const core::Database &db, const QString &code, const QString &name,
                           const QString &region = {}, const QString &phone = {},
                           core::LifecycleStage stage = core::LifecycleStage::Acquisition);

/// Empties the (test-mode) settings so each test starts like a first run.
void clearSettings();

/// Processes events until `done` is true or `timeoutMs` passed; returns `done()`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000);

/// Runs `action` as soon as a modal dialog is up (e.g. a QMessageBox opened with exec()).
void whenModalShown(const std::function<void(QWidget *modal)> &action);

/// Collects the warnings QAbstractItemModelTester prints, so a test can require none.
class ModelTestWarnings final
{
public:
    ModelTestWarnings();
    ~ModelTestWarnings();
    ModelTestWarnings(const ModelTestWarnings &) = delete;
    ModelTestWarnings &operator=(const ModelTestWarnings &) = delete;

    QStringList messages() const;
};

} // namespace sb::test
