// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <initializer_list>
#include <vector>

namespace siyu::demo {

// splitmix64 step: seeds the generators and mixes keys into well spread 64-bit values.
inline quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// xoshiro256** — our own generator, so that a seed gives the same demo with every compiler and
// standard library (std distributions differ between them). Only integer arithmetic and IEEE
// basic operations are used; no libm.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state) {
            x = mix64(x);
            word = x;
        }
    }
    // An independent stream for one object (a member, a group) of one demo.
    Rng(quint64 seed, quint64 stream, quint64 key) : Rng(mix64(seed ^ mix64(stream ^ mix64(key))))
    {}

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n); n > 0. Multiply-shift for 32-bit ranges (no division), modulo beyond;
    // the bias is negligible for a demo.
    quint64 below(quint64 n)
    {
        if (n <= 0xffffffffULL)
            return ((next() >> 32) * n) >> 32;
        return next() % n;
    }
    int below(int n) { return int(below(quint64(n))); }
    qint64 between(qint64 low, qint64 high) // [low, high)
    {
        return high <= low ? low : low + qint64(below(quint64(high - low)));
    }
    // Uniform in [0, 1).
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return real() < p; }
    // Triangular on [0, 2) with mean 1: a cheap, libm-free spread around a mean.
    double spread() { return real() + real(); }

    // Index drawn with the given weights (not all zero).
    int weighted(const std::vector<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[size_t(i)])
                return i;
            r -= weights[size_t(i)];
        }
        return int(weights.size()) - 1;
    }

    template<typename T> const T &pick(const std::vector<T> &items)
    {
        return items[size_t(below(int(items.size())))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

// A table of weights prepared once, sampled by binary search on the running total.
class WeightedTable
{
public:
    WeightedTable() = default;
    explicit WeightedTable(const std::vector<int> &weights)
    {
        qint64 total = 0;
        for (int w : weights) {
            total += w;
            m_cumulative.push_back(total);
        }
    }
    int sample(Rng &rng) const
    {
        const qint64 r = qint64(rng.below(quint64(m_cumulative.back())));
        size_t low = 0;
        size_t high = m_cumulative.size() - 1;
        while (low < high) {
            const size_t mid = (low + high) / 2;
            if (m_cumulative[mid] > r)
                high = mid;
            else
                low = mid + 1;
        }
        return int(low);
    }
    int size() const { return int(m_cumulative.size()); }

private:
    std::vector<qint64> m_cumulative;
};

} // namespace siyu::demo
