// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demopeople.h"

#include <iterator>

namespace siyu::demo {

namespace {

constexpr qint64 dayLength = 86400;
// Primes above 5: coprime with every modulus used below (powers of 10, of 36, 4·10^9).
constexpr qint64 multipliers[] = {1000003, 1299709, 7368787, 15485863};

QByteArray digits(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

QByteArray inBase(quint64 value, int base, int width, const char *alphabet)
{
    QByteArray out(width, alphabet[0]);
    for (int i = width - 1; i >= 0 && value > 0; --i) {
        out[i] = alphabet[value % quint64(base)];
        value /= quint64(base);
    }
    return out;
}

const char base62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const char base36[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

QByteArray asciiLower(const QByteArray &text)
{
    QByteArray out;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            out += char(c - 'A' + 'a');
        else if (c >= 'a' && c <= 'z')
            out += c;
    }
    return out;
}

bool isOneOf(const QByteArray &value, std::initializer_list<const char *> options)
{
    for (const char *option : options) {
        if (value == option)
            return true;
    }
    return false;
}

} // namespace

PersonFactory::PersonFactory(quint64 seed, qint64 now)
    : m_seed(seed), m_now(now), m_surnames(data::surnames()), m_female(data::femaleGiven()),
      m_male(data::maleGiven()), m_neutral(data::neutralGiven()),
      m_chinaCities(data::chineseCities()), m_worldCities(data::internationalCities())
{}

qint64 PersonFactory::unique(qint64 index, int salt, qint64 modulus) const
{
    const qint64 offset = qint64(mix64(m_seed ^ quint64(salt)) % quint64(modulus));
    const qint64 a = multipliers[salt % 4] % modulus;
    return qint64((quint64(index % modulus) * quint64(a) + quint64(offset)) % quint64(modulus));
}

Person PersonFactory::make(Rng &rng, qint64 index, qint64 joinedAt, Profile profile) const
{
    Person p;
    p.memberId = "M" + digits(index + 1, 7);
    p.english = rng.chance(0.18);
    const double g = rng.real();
    p.gender = g < 0.64 ? 'F' : (g < 0.90 ? 'M' : 'U');
    name(rng, p);
    if (p.english)
        p.city = rng.chance(0.9) ? QByteArray(m_worldCities.pick(rng).text) : QByteArray();
    else
        p.city = rng.chance(0.95) ? QByteArray(m_chinaCities.pick(rng).text) : QByteArray();
    source(rng, p);
    contact(rng, index, p);
    consent(rng, joinedAt, p);
    p.koc = profile == Profile::Engaged && rng.chance(0.08);
    extras(rng, profile, p);
    identities(rng, index, p);
    return p;
}

void PersonFactory::name(Rng &rng, Person &p) const
{
    if (p.english || rng.chance(0.06)) {
        const auto &first = p.gender == 'M'   ? data::englishMale()
                            : p.gender == 'F' ? data::englishFemale()
                            : rng.chance(0.5) ? data::englishMale()
                                              : data::englishFemale();
        const QByteArray given = rng.pick(first);
        if (p.english) {
            const QByteArray family = rng.pick(data::englishSurnames());
            p.name = given + ' ' + family;
            p.emailStem = asciiLower(given) + '.' + asciiLower(family);
        } else {
            // WeChat style: an English given name with the pinyin family name.
            const data::Hanzi &family = m_surnames.pick(rng);
            QByteArray pinyin = family.pinyin;
            pinyin[0] = char(pinyin[0] - 'a' + 'A');
            p.name = given + ' ' + pinyin;
            p.emailStem = asciiLower(given) + '.' + family.pinyin;
        }
        p.remark =
            rng.chance(0.5) ? QByteArray() : given + (p.city.isEmpty() ? "" : " - ") + p.city;
        return;
    }
    const data::Hanzi &family = m_surnames.pick(rng);
    const auto &pool = p.gender == 'M' ? m_male : (p.gender == 'F' ? m_female : m_neutral);
    const data::Hanzi &first = rng.chance(0.2) ? m_neutral.pick(rng) : pool.pick(rng);
    p.name = QByteArray(family.text) + first.text;
    p.emailStem = QByteArray(first.pinyin);
    if (rng.chance(0.65)) {
        const data::Hanzi &second = pool.pick(rng);
        p.name += second.text;
        p.emailStem += second.pinyin;
    }
    p.emailStem += QByteArray(".") + family.pinyin;
    const double r = rng.real();
    if (r < 0.45)
        return;
    if (r < 0.65)
        p.remark = p.name + "-" + p.city;
    else if (r < 0.8)
        p.remark = p.name + " 老客";
    else if (r < 0.9)
        p.remark = QByteArray(family.text) + (p.gender == 'M' ? "哥" : "姐");
    else
        p.remark = p.name + "（VIP 群）";
}

void PersonFactory::source(Rng &rng, Person &p) const
{
    static const std::vector<const char *> china{"wecom", "wechat_group", "shop", "offline_event",
                                                 "referral"};
    static const std::vector<int> chinaWeights{34, 24, 17, 9, 16};
    static const std::vector<const char *> world{"slack", "discord",  "telegram",     "whatsapp",
                                                 "shop",  "referral", "offline_event"};
    static const std::vector<int> worldWeights{14, 24, 14, 16, 16, 10, 6};
    p.source = p.english ? world[size_t(rng.weighted(worldWeights))]
                         : china[size_t(rng.weighted(chinaWeights))];
    if (p.english)
        p.staffIndex = rng.chance(0.94) ? 5 + rng.below(3) : -1;
    else if (rng.chance(0.06))
        p.staffIndex = -1;
    else
        p.staffIndex = rng.chance(0.92) ? rng.below(5) : 5 + rng.below(3);
}

// Phones are stored in E.164, as an import stores them, and each is a valid number of its
// country (tst_demo asks libphonenumber): a Chinese mobile, a US number in a real area code with
// an exchange that does not start with 0 or 1, a UK mobile in 071-073.
void PersonFactory::contact(Rng &rng, qint64 index, Person &p) const
{
    static const char *const usAreaCodes[] = {"212", "213", "206", "312", "404", "415", "512",
                                              "617", "646", "650", "702", "718", "917", "303"};
    const bool needsPhone = p.source == "whatsapp";
    if (!p.english && (needsPhone || rng.chance(0.88))) {
        const QByteArray prefix = rng.pick(data::mobilePrefixes());
        p.phone = "+86" + prefix + digits(unique(index, 1, 100000000), 8);
    } else if (p.english && (needsPhone || rng.chance(0.7))) {
        if (rng.chance(0.5)) {
            const qint64 n = unique(index, 2, 8000000);
            p.phone = QByteArray("+1") + usAreaCodes[rng.below(int(std::size(usAreaCodes)))] +
                      QByteArray::number(2 + n / 1000000) + digits(n % 1000000, 6);
        } else {
            const qint64 n = unique(index, 3, 300000000);
            p.phone = "+447" + QByteArray::number(1 + n / 100000000) + digits(n % 100000000, 8);
        }
    }
    if (rng.chance(p.english ? 0.85 : 0.45)) {
        if (!p.english && rng.chance(0.4)) {
            p.email = QByteArray::number(10000000 + unique(index, 4, 900000000)) + "@qq.com";
        } else {
            const auto &domains = p.english ? data::emailDomainsWorld() : data::emailDomainsChina();
            p.email = p.emailStem + '.' + QByteArray::number(unique(index, 5, 10000000)) + '@' +
                      rng.pick(domains);
        }
    }
}

void PersonFactory::consent(Rng &rng, qint64 joinedAt, Person &p) const
{
    const double r = rng.real();
    p.consent = r < 0.72 ? "yes" : (r < 0.76 ? "no" : "unknown");
    if (p.consent == "unknown")
        return;
    p.consentAt = std::min(joinedAt + rng.between(0, 3 * dayLength), m_now - 1);
    p.consentAt = std::max(p.consentAt, joinedAt);
    if (isOneOf(p.source, {"wecom", "wechat_group"}))
        p.consentSource = "wecom_welcome";
    else if (p.source == "shop")
        p.consentSource = "shop_signup";
    else if (p.source == "offline_event")
        p.consentSource = "event_form";
    else
        p.consentSource = "community_bot";
}

void PersonFactory::extras(Rng &rng, Profile profile, Person &p) const
{
    if (rng.chance(0.04))
        p.notes = rng.pick(data::notes());
    QByteArray custom;
    auto add = [&custom](const QByteArray &pair) {
        custom += (custom.isEmpty() ? "{" : ",") + pair;
    };
    if (rng.chance(0.6))
        add("\"birthday_month\":" + QByteArray::number(1 + rng.below(12)));
    QByteArray skin;
    if (rng.chance(0.55)) {
        skin = rng.pick(data::skinTypes());
        add("\"skin_type\":\"" + skin + '"');
    }
    const double levelChance =
        profile == Profile::Engaged ? 0.7 : (profile == Profile::Regular ? 0.3 : 0.05);
    if (rng.chance(levelChance))
        add("\"member_level\":\"" + QByteArray(rng.pick(data::memberLevels())) + '"');
    if (!custom.isEmpty())
        p.custom = custom + '}';

    const auto &tags = data::tags();
    for (int i = 0; i < int(tags.size()); ++i) {
        const QByteArray name = tags[size_t(i)].name;
        double chance = tags[size_t(i)].weight / 1000.0;
        if (name == "VIP")
            chance =
                profile == Profile::Engaged ? 0.4 : (profile == Profile::Regular ? 0.08 : 0.01);
        else if (name == "KOC")
            chance = p.koc ? 1.0 : 0.0;
        else if (name == "International")
            chance = p.english ? 1.0 : 0.0;
        else if (name == "敏感肌" && skin == "sensitive")
            chance = 0.8;
        else if (name == "干皮" && skin == "dry")
            chance = 0.8;
        else if (name == "油皮" && skin == "oily")
            chance = 0.8;
        else if (name == "混合皮" && skin == "combination")
            chance = 0.8;
        if (rng.chance(chance))
            p.tagIndexes.push_back(i);
    }
}

void PersonFactory::identities(Rng &rng, qint64 index, Person &p) const
{
    const quint64 key = quint64(index);
    const bool chat = isOneOf(p.source, {"wecom", "wechat_group", "offline_event", "referral"});
    if (!p.english && rng.chance(chat ? 0.9 : 0.4))
        p.identities.push_back(
            {"wecom", "wm" + inBase(mix64(key ^ mix64(m_seed ^ 11)), 62, 11, base62)});
    if (!p.english && rng.chance(0.35))
        p.identities.push_back(
            {"wechat", "o" + inBase(mix64(key ^ mix64(m_seed ^ 12)), 62, 11, base62) + "_Qy"});
    if (p.source == "slack" || (p.english && rng.chance(0.08)))
        p.identities.push_back(
            {"slack", "U" + inBase(quint64(unique(index, 7, 101559956668416LL)), 36, 9, base36)});
    if (p.source == "discord" || (p.english && rng.chance(0.1)))
        p.identities.push_back(
            {"discord",
             QByteArray::number(100000000000000000LL + unique(index, 8, 100000000000000000LL))});
    if (p.source == "telegram")
        p.identities.push_back(
            {"telegram", QByteArray::number(1000000000LL + unique(index, 9, 4000000000LL))});
    QByteArray e164;
    if (!p.phone.isEmpty()) {
        e164 = p.phone;
        p.identities.push_back({"phone", e164});
    }
    if (p.source == "whatsapp" && !e164.isEmpty())
        p.identities.push_back({"whatsapp", e164});
    if (p.source == "shop" || rng.chance(0.25))
        p.identities.push_back(
            {"shop", QByteArray::number(6000000000000LL + unique(index, 10, 1000000000000LL))});
    if (!p.email.isEmpty())
        p.identities.push_back({"email", p.email});
}

} // namespace siyu::demo
