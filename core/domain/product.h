// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/money.h"
#include "core/domain/record.h"

#include <QString>

namespace sb::core {

/// A product (产品) with the stock figures inventory analysis needs.
struct Product
{
    RecordMeta meta;
    QString sku;
    QString name;
    QString productLine;
    Price4 unitPrice = 0;
    Price4 unitCost = 0;
    qint64 stockOnHand = 0;
    qint64 safetyStock = 0;
    int leadTimeDays = 0;
};

} // namespace sb::core
