// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/domain/record.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sb::core {

/// Customer lifecycle (客户生命周期), in order.
enum class LifecycleStage {
    Acquisition,
    Conversion,
    Delivery,
    Retention,
    Deepening
};

namespace lifecycle {
/// Stable key used in the database and CSV files ("acquisition", …).
QString key(LifecycleStage stage);
/// Parses a key, an English or a Chinese display name.
std::optional<LifecycleStage> fromText(const QString &text);
/// Translated name for the UI.
QString displayName(LifecycleStage stage);
/// All stages in lifecycle order.
QList<LifecycleStage> all();
} // namespace lifecycle

/// A customer (客户). References to other records are their ids.
struct Customer
{
    RecordMeta meta;
    QString code;
    QString name;
    QString industry;
    QString sizeBand; ///< employees band, e.g. "100-499"
    QString region; ///< province
    QString city;
    QString channelId; ///< channels.id or empty
    QString ownerRepId; ///< reps.id or empty
    QString decisionMaker;
    QString decisionMakerTitle;
    QString phone;
    QString email;
    QString source;
    LifecycleStage lifecycle = LifecycleStage::Acquisition;
    QString notes;
};

/// Checks the rules a customer must meet before it is stored (uniqueness is the
/// repository's job): code and name required, code shape, phone and e-mail format.
FieldErrors validate(const Customer &customer);

/// The fixed list of company-size bands offered in forms.
QStringList customerSizeBands();

} // namespace sb::core
