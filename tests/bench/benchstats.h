#pragma once

// What the benchmarks report of their timings.

#include <QList>

#include <algorithm>

namespace BenchStats {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace BenchStats
