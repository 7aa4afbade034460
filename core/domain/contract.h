// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/record.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

/// The five points of the contract risk checklist (合同风险), in checklist order.
enum class ContractPoint {
    PaymentTerms,
    DeliveryAcceptance,
    IpOwnership,
    Liability,
    Termination
};

/// Where a checklist point stands. A point without a stored row is Unchecked.
enum class CheckState {
    Unchecked,
    Confirmed,
    Flagged
};

namespace contractpoint {
/// Stable key stored in contract_checks.point: payment_terms, delivery_acceptance,
/// ip_ownership, liability, termination.
QString key(ContractPoint point);
/// Parses a key or an English or Chinese display name.
std::optional<ContractPoint> fromText(const QString &text);
/// Translated name for the UI ("Payment terms clear", …).
QString displayName(ContractPoint point);
/// All five points in checklist order.
QList<ContractPoint> all();
} // namespace contractpoint

namespace checkstate {
/// Stable key stored in contract_checks.state: unchecked, confirmed, flagged.
QString key(CheckState state);
/// Parses a key or an English or Chinese display name.
std::optional<CheckState> fromText(const QString &text);
/// Translated name for the UI.
QString displayName(CheckState state);
/// All three states.
QList<CheckState> all();
} // namespace checkstate

/// One point of an order's checklist. `meta.id` is empty for a point that has
/// no stored row yet (it is then Unchecked with no note).
struct ContractCheck
{
    RecordMeta meta;
    QString orderId;
    ContractPoint point = ContractPoint::PaymentTerms;
    CheckState state = CheckState::Unchecked;
    QString note;
    QString checkedBy; ///< who confirmed or flagged it; empty while unchecked
    QString checkedAt; ///< UTC timestamp of that, ISO 8601; empty while unchecked
};

} // namespace sb::core
