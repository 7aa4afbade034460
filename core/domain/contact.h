// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/domain/record.h"

#include <QString>

namespace sb::core {

/// A person at a customer (联系人). The customer's decision maker is usually one
/// of them, flagged with isDecisionMaker.
struct Contact
{
    RecordMeta meta;
    QString code; ///< unique among live contacts, e.g. "CT000123"
    QString customerId; ///< customers.id, required
    QString name;
    QString title;
    QString phone;
    QString email;
    bool isDecisionMaker = false;
    QString notes;
};

/// Checks a contact before it is stored (uniqueness and the customer reference are
/// the repository's job): code shape, name required, phone and e-mail format.
FieldErrors validate(const Contact &contact);

} // namespace sb::core
