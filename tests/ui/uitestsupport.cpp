// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/storage/customerrepository.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace sb::test {

core::Customer addCustomer(const core::Database &db, const QString &code, const QString &name,
                           const QString &region, const QString &phone, core::LifecycleStage stage)
{
    core::Customer customer;
    customer.code = code;
    customer.name = name;
    customer.region = region;
    customer.phone = phone;
    customer.lifecycle = stage;
    return core::CustomerRepository(db).create(customer);
}

void clearSettings()
{
    QSettings().clear();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

void whenModalShown(const std::function<void(QWidget *modal)> &action)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        }
    });
    timer->start();
}

namespace {

QMutex warningsMutex;
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest")
        && type != QtDebugMsg) {
        const QMutexLocker lock(&warningsMutex);
        warnings.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

ModelTestWarnings::ModelTestWarnings()
{
    warnings.clear();
    previousHandler = qInstallMessageHandler(collect);
}

ModelTestWarnings::~ModelTestWarnings()
{
    qInstallMessageHandler(previousHandler);
    previousHandler = nullptr;
}

QStringList ModelTestWarnings::messages() const
{
    const QMutexLocker lock(&warningsMutex);
    return warnings;
}

} // namespace sb::test
