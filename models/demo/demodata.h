// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/demo/rng.h"

#include <QByteArray>
#include <QStringBuilder>

#include <vector>

// The word lists the demo brand (青柚 Qingyou, a skincare brand) draws its people, places,
// groups and content from. Everything is UTF-8, ready to bind.
namespace siyu::demo::data {

// A Chinese name part with its pinyin (for e-mail addresses).
struct Hanzi
{
    const char *text;
    const char *pinyin;
    int weight;
};

const std::vector<Hanzi> &surnames();
const std::vector<Hanzi> &femaleGiven();
const std::vector<Hanzi> &maleGiven();
const std::vector<Hanzi> &neutralGiven();

const std::vector<const char *> &englishFemale();
const std::vector<const char *> &englishMale();
const std::vector<const char *> &englishSurnames();

struct WeightedText
{
    const char *text;
    int weight;
};

const std::vector<WeightedText> &chineseCities();
const std::vector<WeightedText> &internationalCities();
// Mobile prefixes 13x–19x.
const std::vector<const char *> &mobilePrefixes();
const std::vector<const char *> &emailDomainsChina();
const std::vector<const char *> &emailDomainsWorld();

struct Staff
{
    const char *name;
    bool english;
};
const std::vector<Staff> &staff();

struct Tag
{
    const char *name;
    int weight; // per mille of members
};
const std::vector<Tag> &tags();

const std::vector<const char *> &notes();
const std::vector<const char *> &skinTypes();
const std::vector<const char *> &memberLevels();

// Content: titles per kind, and the channel each kind goes out on.
struct ContentKind
{
    const char *key;
    const char *channel;
    int weight;
    std::vector<const char *> titles;
};
const std::vector<ContentKind> &contentKinds();

// Group name patterns: `%1` is replaced by a number or a city.
struct GroupKind
{
    const char *platform;
    const char *namePattern;
    const char *theme;
    bool byCity;
    int weight;
};
const std::vector<GroupKind> &groupKinds();

// Deterministic pick with weights from a list of items carrying a `weight`.
template<typename T> class Picker
{
public:
    explicit Picker(const std::vector<T> &items) : m_items(items)
    {
        std::vector<int> weights;
        weights.reserve(items.size());
        for (const T &item : items)
            weights.push_back(item.weight);
        m_table = WeightedTable(weights);
    }
    const T &pick(Rng &rng) const { return m_items[size_t(m_table.sample(rng))]; }

private:
    const std::vector<T> &m_items;
    WeightedTable m_table;
};

} // namespace siyu::demo::data
