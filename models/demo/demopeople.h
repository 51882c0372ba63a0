// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/demo/demodata.h"
#include "models/demo/rng.h"

#include <QByteArray>
#include <QStringBuilder>

#include <vector>

namespace siyu::demo {

// How a demo member behaves over the half year; drives their events and orders.
enum class Profile : quint8
{
    Engaged,  // chats, reads and buys often, to the end
    Regular,  // steady but lighter
    Drifting, // active early, fading
    Churned,  // active for a while, then gone for good (> churn_days before now)
    Lurker,   // reads a little, rarely buys
    Silent    // never interacts
};

struct Identity
{
    const char *kind;
    QByteArray value;
};

// One member's personal fields, ready to bind. Empty arrays bind as NULL.
struct Person
{
    QByteArray memberId;
    QByteArray name;
    QByteArray remark;
    char gender = 'U';
    QByteArray city;
    QByteArray phone;
    QByteArray email;
    QByteArray source;
    bool english = false;
    bool koc = false;
    int staffIndex = -1;
    QByteArray consent;
    qint64 consentAt = 0;
    QByteArray consentSource;
    QByteArray notes;
    QByteArray custom;
    std::vector<Identity> identities;
    std::vector<int> tagIndexes; // ascending
    QByteArray emailStem;        // ASCII, from the name
};

// Makes plausible people: Chinese and English names, phones (E.164: +861xx…, some +1/+44),
// e-mail addresses, sources, consent, tags and custom fields. Keys that must be unique (phone,
// e-mail, platform ids) come from bijections of the member's number, so they never collide.
class PersonFactory
{
public:
    PersonFactory(quint64 seed, qint64 now);

    Person make(Rng &rng, qint64 index, qint64 joinedAt, Profile profile) const;

private:
    void name(Rng &rng, Person &p) const;
    void contact(Rng &rng, qint64 index, Person &p) const;
    void source(Rng &rng, Person &p) const;
    void consent(Rng &rng, qint64 joinedAt, Person &p) const;
    void extras(Rng &rng, Profile profile, Person &p) const;
    void identities(Rng &rng, qint64 index, Person &p) const;
    qint64 unique(qint64 index, int salt, qint64 modulus) const;

    quint64 m_seed;
    qint64 m_now;
    data::Picker<data::Hanzi> m_surnames;
    data::Picker<data::Hanzi> m_female;
    data::Picker<data::Hanzi> m_male;
    data::Picker<data::Hanzi> m_neutral;
    data::Picker<data::WeightedText> m_chinaCities;
    data::Picker<data::WeightedText> m_worldCities;
};

} // namespace siyu::demo
