// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstddef>
#include <span>

namespace sb::core::demo {

/// Deterministic pseudo-random numbers (splitmix64). No standard-library
/// distribution is involved, so a seed gives the same sequence with any
/// compiler and standard library.
class DemoRandom final
{
public:
    /// A stream for one part of the demo: the same seed and stream always give
    /// the same numbers, and streams do not disturb one another.
    DemoRandom(quint64 seed, quint64 stream) : m_state(seed ^ (stream * 0xd1342543de82ef95ULL)) { next(); }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// Uniform integer in [low, high], both included.
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        __extension__ using U128 = unsigned __int128;
        const auto span = static_cast<quint64>(high - low) + 1;
        return low + static_cast<qint64>((U128(next()) * span) >> 64);
    }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    bool chance(double probability) { return unit() < probability; }

    /// Roughly normal (mean 0, deviation 1): the sum of four uniforms, rescaled.
    double normal() { return (unit() + unit() + unit() + unit() - 2.0) * 1.7320508075688772; }

    /// Log-normal around a median; sigma is the spread of the logarithm.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    /// One element of a non-empty list.
    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(between(0, qint64(items.size()) - 1))];
    }

    /// An index in [0, count).
    int index(qsizetype count) { return static_cast<int>(between(0, qint64(count) - 1)); }

private:
    quint64 m_state;
};

} // namespace sb::core::demo
