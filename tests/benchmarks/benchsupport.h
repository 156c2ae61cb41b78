#pragma once
// For the benchmarks: the same pseudo-random text on every run and machine, and latency
// summaries.

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace debrief::bench {

/// A deterministic pseudo-random sequence (a linear congruential generator).
class Sequence
{
public:
    explicit Sequence(quint32 seed)
        : m_state(seed)
    {}

    quint32 next(quint32 bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

private:
    quint32 m_state;
};

struct Stats
{
    double mean = 0, p95 = 0, max = 0;
};

/// Mean, 95th percentile and maximum of @p ms.
inline Stats summarise(std::vector<double> ms)
{
    Stats stats;
    if (ms.empty())
        return stats;
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    stats.mean = sum / double(ms.size());
    stats.p95 = ms[size_t(double(ms.size() - 1) * 0.95)];
    stats.max = ms.back();
    return stats;
}

} // namespace debrief::bench
