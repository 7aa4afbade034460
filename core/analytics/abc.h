// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/money.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// ABC customer segmentation (ABC客户法), product.md "ABC segmentation".
//
// Definitions used throughout:
// - Ranking: revenue descending, ties by customer code ascending (then by id, so
//   the order is total even for duplicate codes). Rank 1 is the largest customer.
// - Share base ("total"): the sum of the POSITIVE revenues only. A customer with
//   zero or negative revenue counts 0 towards every share, is still listed, and is
//   always class C. So the shares of the ranked list and of the three classes add up
//   to exactly 1 whenever any customer has revenue, and are all 0 when none has.
// - Revenue method: walking the ranking, keep the cumulative share BEFORE each
//   customer; A if it is below threshold a, B if below b, else C. The customer that
//   crosses a is still A; one whose share-before is exactly a is B. The comparison
//   is exact integer arithmetic (thresholds are taken to a millionth).
// - Count method: n = all listed customers (zero revenue included). As in the
//   revenue method, the share of customers ranked before a customer decides: A if
//   it is below 20 %, B if below 50 %, else C. So the first ⌈n × 20 %⌉ ranks are A
//   and the ranks up to ⌈n × 50 %⌉ are B (one customer alone is A, not C); zero or
//   negative revenue is C anyway.
namespace sb::core::abc {

enum class Class {
    A,
    B,
    C
};

enum class Method {
    Revenue, ///< by cumulative revenue share against the thresholds (default)
    Count, ///< by customer count: top 20 % A, next 30 % B, rest C
};

/// Percent of customers in class A and B for Method::Count (the rest are C).
inline constexpr int kCountPercentA = 20;
inline constexpr int kCountPercentB = 30;

/// One customer's revenue over the chosen period: the analysis input.
struct CustomerRevenue
{
    QString customerId;
    QString code;
    QString name;
    Money revenue = 0;
};

/// Cumulative revenue share limits, as fractions (0.80 = 80 %). Settings.
struct Thresholds
{
    double a = 0.80;
    double b = 0.95;
};

/// Recommended share of sales resources per class, as fractions. Editable settings.
struct ResourceShares
{
    double a = 0.60;
    double b = 0.30;
    double c = 0.10;
};

/// One ranked customer.
struct Row
{
    int rank = 0; ///< 1-based position in the ranking
    QString customerId;
    QString code;
    QString name;
    Money revenue = 0; ///< as given, may be zero or negative
    double share = 0.0; ///< max(revenue, 0) / total
    double cumulativeShare = 0.0; ///< share of this customer and all ranked above it
    Class cls = Class::C;
};

/// Figures for one class.
struct ClassSummary
{
    Class cls = Class::C;
    int customers = 0;
    double customerShare = 0.0; ///< customers / all listed customers
    Money revenue = 0; ///< net sum of the class's revenue (negatives included)
    double revenueShare = 0.0; ///< sum of the class's positive revenue / total
    double resourceShare = 0.0; ///< from ResourceShares
};

/// The outcome of classify().
struct AbcResult
{
    Method method = Method::Revenue;
    Thresholds thresholds;
    ResourceShares resources;
    QList<Row> rows; ///< in rank order
    std::array<ClassSummary, 3> classes; ///< A, B, C, always all three
    Money totalRevenue = 0; ///< sum of positive revenues: the share base
    Money netRevenue = 0; ///< sum of all revenues
    int customerCount = 0; ///< rows.size()

    /// The summary of one class.
    const ClassSummary &summary(Class cls) const { return classes[std::size_t(cls)]; }
};

/// Ranks and classifies customers; see the definitions at the top of this file.
/// Thresholds outside [0, 1] are clamped and b is raised to a when below it.
AbcResult classify(QList<CustomerRevenue> input, Method method = Method::Revenue, Thresholds thresholds = {},
                   ResourceShares resources = {});

/// Customer id → class, for filters and exports.
QHash<QString, Class> classById(const AbcResult &result);

/// One customer in a cell of the movement matrix.
struct MovedCustomer
{
    QString customerId;
    QString code; ///< from the later period when present there
    QString name;
    Money revenueBefore = 0; ///< 0 when absent from the earlier period
    Money revenueAfter = 0; ///< 0 when absent from the later period
    int rankBefore = 0; ///< 0 when absent from the earlier period
    int rankAfter = 0; ///< 0 when absent from the later period
};

/// Class movement between two periods: a 3×3 matrix indexed [from][to] by Class.
/// A customer missing from one period counts as C there (no revenue means C).
/// Cells list customers in the earlier period's rank order, then customers found
/// only in the later period in its rank order.
struct Movement
{
    std::array<std::array<int, 3>, 3> counts{};
    std::array<std::array<QList<MovedCustomer>, 3>, 3> customers;

    /// Number of customers that moved from `from` to `to` (or stayed, when equal).
    int count(Class from, Class to) const { return counts[std::size_t(from)][std::size_t(to)]; }
    /// The customers of one cell.
    const QList<MovedCustomer> &cell(Class from, Class to) const
    {
        return customers[std::size_t(from)][std::size_t(to)];
    }
};

/// Compares the classes of the same customers (matched by id) in two results.
Movement compareClasses(const AbcResult &before, const AbcResult &after);

/// A, B, C in order.
QList<Class> allClasses();
/// Stable key for files and the CLI: "A", "B", "C".
QString key(Class cls);
/// Parses "A"/"B"/"C" (case-insensitive, surrounding blanks ignored).
std::optional<Class> classFromKey(QStringView text);
/// Translated name: "Class A" / "A类客户".
QString displayName(Class cls);

/// Stable key: "revenue" or "count".
QString methodKey(Method method);
/// Parses "revenue" or "count" (case-insensitive).
std::optional<Method> methodFromKey(QStringView text);
/// Translated name of a method.
QString methodDisplayName(Method method);

/// True when 0 ≤ a ≤ b ≤ 1.
bool isValid(const Thresholds &thresholds);
/// True when every share is in [0, 1] and they add up to 1 (within a millionth).
bool isValid(const ResourceShares &resources);

} // namespace sb::core::abc
