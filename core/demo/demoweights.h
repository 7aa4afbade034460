// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demorandom.h"

#include <algorithm>
#include <vector>

namespace sb::core::demo {

/// Picks indices with probability proportional to their weights (cumulative
/// table and binary search: cheap for tens of thousands of entries).
class DemoWeights final
{
public:
    DemoWeights() = default;

    void reserve(std::size_t count) { m_cumulative.reserve(count); }

    /// Appends the next index with its weight (negative counts as zero).
    void add(double weight) { m_cumulative.push_back(total() + std::max(0.0, weight)); }

    /// The weight given to one index.
    double weight(int index) const
    {
        const auto i = std::size_t(index);
        return m_cumulative[i] - (i == 0 ? 0.0 : m_cumulative[i - 1]);
    }

    double total() const { return m_cumulative.empty() ? 0.0 : m_cumulative.back(); }
    int size() const { return static_cast<int>(m_cumulative.size()); }

    /// A weighted index, or -1 when every weight is zero.
    int pick(DemoRandom &random) const
    {
        if (total() <= 0.0)
            return -1;
        const double target = random.unit() * total();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
        const auto found = static_cast<int>(it - m_cumulative.begin());
        return std::min(found, size() - 1);
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace sb::core::demo
