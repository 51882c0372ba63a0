// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/chatrowsource.h"

#include "models/common/phone.h"
#include "models/import/csvrowsource.h"
#include "models/import/textsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::ChatRowSource", text);
}

int kindOf(const QString &platform)
{
    return int(identityKinds().indexOf(platform));
}

} // namespace

// ---- ChatRowSource
// -------------------------------------------------------------------------------

ChatRowSource::ChatRowSource(int fileIndex, const ImportPreset &preset, int identityKind)
    : m_fileIndex(fileIndex), m_identityField(memberfield::firstIdentity + identityKind)
{
    m_rowPolicy = policyOf(preset);
    m_rowPolicy.keepWhenEmpty = true;
    m_memberPolicy = m_rowPolicy;
    // An author known by their number is the member another source knows by that phone.
    m_memberPolicy.match = {m_identityField, memberfield::phone};
    m_memberPolicy.keyFrom = {m_identityField};
    m_memberPolicy.keyPrefix = preset.platform.toUtf8() + ':';
    m_memberPolicy.defaults[memberfield::source] = preset.platform.toUtf8();
    m_lookupIdentityField = lookupfield::firstIdentity + identityKind;
}

SourceRow &ChatRowSource::queued(Entity entity, qint64 row, int counted, const RowPolicy *policy)
{
    m_queue.emplace_back();
    SourceRow &r = m_queue.back();
    r.entity = entity;
    r.file = m_fileIndex;
    r.row = row;
    r.counted = counted;
    r.policy = policy;
    return r;
}

void ChatRowSource::queueGroup(const QByteArray &groupId, const QByteArray &name)
{
    m_groupId = groupId;
    SourceRow &r = queued(Entity::Groups, 0, 0, &m_rowPolicy);
    r.set(groupfield::groupId, r.own(groupId));
    r.set(groupfield::name, r.own(name));
    r.set(groupfield::platform, r.own(m_rowPolicy.platform));
    r.raw.push_back({r.value(groupfield::groupId), r.value(groupfield::name)});
}

void ChatRowSource::queueAuthor(const QByteArray &account, const QByteArray &name,
                                const QByteArray &time, qint64 row)
{
    if (account.isEmpty() || m_known.contains(account))
        return;
    m_known.insert(account);
    SourceRow &r = queued(Entity::Members, row, 0, &m_memberPolicy);
    r.set(m_identityField, r.own(account));
    r.set(memberfield::name, r.own(name));
    r.set(memberfield::joinedAt, r.own(time));
    r.raw.push_back({r.value(m_identityField), r.value(memberfield::name)});
}

void ChatRowSource::queueEvent(const QByteArray &account, const char *type, const QByteArray &time,
                               qint64 row, const std::vector<QByteArray> &raw,
                               const QByteArray &value)
{
    SourceRow &r = queued(Entity::Events, row, 1, &m_rowPolicy);
    r.set(memberLookupStart(Entity::Events) + m_lookupIdentityField, r.own(account));
    r.set(eventfield::type, QByteArrayView(type));
    r.set(eventfield::occurredAt, r.own(time));
    r.set(eventfield::groupId, r.own(m_groupId));
    if (!value.isEmpty())
        r.set(eventfield::value, r.own(value));
    r.raw.emplace_back();
    for (const QByteArray &field : raw)
        r.raw.back().push_back(r.own(field));
}

void ChatRowSource::queueMembership(const QByteArray &account, const QByteArray &time, qint64 row,
                                    const std::vector<QByteArray> &raw, int counted)
{
    SourceRow &r = queued(Entity::Memberships, row, counted, &m_rowPolicy);
    r.set(memberLookupStart(Entity::Memberships) + m_lookupIdentityField, r.own(account));
    r.set(membershipfield::groupId, r.own(m_groupId));
    r.set(membershipfield::joinedAt, r.own(time));
    r.raw.emplace_back();
    for (const QByteArray &field : raw)
        r.raw.back().push_back(r.own(field));
}

bool ChatRowSource::popQueued(SourceRow &row)
{
    if (m_queue.empty())
        return false;
    row = std::move(m_queue.front());
    m_queue.pop_front();
    return true;
}

// ---- Telegram
// ------------------------------------------------------------------------------------

TelegramRowSource::TelegramRowSource(int fileIndex, const ImportPreset &preset)
    : ChatRowSource(fileIndex, preset, kindOf(QStringLiteral("telegram")))
{}

Result<std::unique_ptr<TelegramRowSource>>
TelegramRowSource::open(const QString &path, int fileIndex, const ImportPreset &preset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot be read: %1").arg(file.errorString()), path, 0, {}};
    if (file.size() == 0)
        return Error{tr("the file is empty"), path, 0, {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull() || !document.isObject())
        return Error{tr("is not a Telegram export (result.json): %1 at byte %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     path,
                     0,
                     {}};
    std::unique_ptr<TelegramRowSource> source(new TelegramRowSource(fileIndex, preset));
    source->m_size = file.size();
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("messages")))
        source->m_chats.append(root);
    else
        source->m_chats =
            root.value(QLatin1String("chats")).toObject().value(QLatin1String("list")).toArray();
    if (source->m_chats.isEmpty())
        return Error{tr("is not a Telegram chat export: it has no messages (export a chat, or all "
                        "chats, as JSON from Telegram Desktop)"),
                     path,
                     0,
                     {}};
    for (const QJsonValue &chat : source->m_chats)
        source->m_messageCount += chat.toObject().value(QLatin1String("messages")).toArray().size();
    return source;
}

QString TelegramRowSource::description() const
{
    return tr("Telegram export, %1 chats, %2 messages").arg(m_chats.size()).arg(m_messageCount);
}

QStringList TelegramRowSource::rejectHeader() const
{
    return {QStringLiteral("message_id"), QStringLiteral("type"),    QStringLiteral("date"),
            QStringLiteral("from"),       QStringLiteral("from_id"), QStringLiteral("action")};
}

qint64 TelegramRowSource::bytesDone() const
{
    return m_messageCount ? m_size * m_row / m_messageCount : m_size;
}

bool TelegramRowSource::nextChat()
{
    if (++m_chat >= m_chats.size())
        return false;
    const QJsonObject chat = m_chats.at(m_chat).toObject();
    const QString id = chat.value(QLatin1String("id")).toVariant().toString();
    const QString name = chat.value(QLatin1String("name")).toString();
    queueGroup("telegram:" + id.toUtf8(), name.toUtf8());
    // A damaged chat name or id makes the group an invalid row, and with it every message.
    m_chatDamaged = name.contains(QChar(0)) || id.contains(QChar(0));
    if (m_chatDamaged) {
        m_queue.back().sourceError = nulError();
        m_queue.back().sourceErrorColumn = QStringLiteral("name");
    }
    m_messages = chat.value(QLatin1String("messages")).toArray();
    m_message = 0;
    // Invitations name people, not accounts: resolve the names the chat shows unambiguously.
    QHash<QString, QString> accounts;
    QSet<QString> ambiguous;
    for (const QJsonValue &value : m_messages) {
        const QJsonObject message = value.toObject();
        if (holdsNul(message))
            continue; // its account is never stored, nor lent to an invitation
        for (const auto &[nameKey, idKey] : {std::pair{"from", "from_id"}, {"actor", "actor_id"}}) {
            const QString name = message.value(QLatin1String(nameKey)).toString();
            const QString account = message.value(QLatin1String(idKey)).toString();
            if (name.isEmpty() || account.isEmpty())
                continue;
            if (accounts.contains(name) && accounts.value(name) != account)
                ambiguous.insert(name);
            accounts.insert(name, account);
        }
    }
    for (const QString &name : ambiguous)
        accounts.remove(name);
    m_accountOfName = accounts;
    return true;
}

bool TelegramRowSource::holdsNul(const QJsonObject &message)
{
    for (const char *key : {"from", "from_id", "actor", "actor_id", "type", "action", "date"}) {
        if (message.value(QLatin1String(key)).toString().contains(QChar(0)))
            return true;
    }
    for (const QJsonValue &member : message.value(QLatin1String("members")).toArray()) {
        if (member.toString().contains(QChar(0)))
            return true;
    }
    return false;
}

QByteArray TelegramRowSource::timeOf(const QJsonObject &message) const
{
    bool ok = false;
    const qint64 seconds = message.value(QLatin1String("date_unixtime")).toString().toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
            .toString(Qt::ISODate)
            .toUtf8();
    return message.value(QLatin1String("date")).toString().toUtf8();
}

void TelegramRowSource::queueMessage(const QJsonObject &message)
{
    ++m_row;
    const QString type = message.value(QLatin1String("type")).toString();
    const QByteArray time = timeOf(message);
    const bool service = type == QLatin1String("service");
    const QString who = message.value(QLatin1String(service ? "actor" : "from")).toString();
    const QByteArray account =
        message.value(QLatin1String(service ? "actor_id" : "from_id")).toString().toUtf8();
    const QString action = message.value(QLatin1String("action")).toString();
    const std::vector<QByteArray> raw{
        message.value(QLatin1String("id")).toVariant().toString().toUtf8(),
        type.toUtf8(),
        message.value(QLatin1String("date")).toString().toUtf8(),
        who.toUtf8(),
        account,
        action.toUtf8()};
    if (m_chatDamaged || holdsNul(message)) {
        queueEvent(account, "message", time, m_row, raw);
        m_queue.back().sourceError = nulError();
        m_queue.back().sourceErrorColumn = QStringLiteral("from");
        return;
    }
    if (type == QLatin1String("message")) {
        queueAuthor(account, who.toUtf8(), time, m_row);
        queueEvent(account, "message", time, m_row, raw);
        return;
    }
    if (!service)
        return;
    if (action == QLatin1String("join_group_by_link") ||
        action == QLatin1String("join_group_by_request")) {
        queueAuthor(account, who.toUtf8(), time, m_row);
        queueMembership(account, time, m_row, raw, 1);
        return;
    }
    if (action != QLatin1String("invite_members"))
        return;
    const QJsonArray invited = message.value(QLatin1String("members")).toArray();
    queueAuthor(account, who.toUtf8(), time, m_row);
    bool selfJoin = invited.size() == 1 && invited.at(0).toString() == who;
    if (!selfJoin)
        queueEvent(account, "invite", time, m_row, raw, QByteArray::number(invited.size()));
    for (const QJsonValue &value : invited) {
        const QString name = value.toString();
        const QString known =
            name == who ? QString::fromUtf8(account) : m_accountOfName.value(name);
        // Someone who never wrote is known by name only.
        const QByteArray member = known.isEmpty() ? "name:" + name.toUtf8() : known.toUtf8();
        queueAuthor(member, name.toUtf8(), time, m_row);
        queueMembership(member, time, m_row, raw, selfJoin ? 1 : 0);
    }
}

bool TelegramRowSource::next(SourceRow &row)
{
    for (;;) {
        if (popQueued(row))
            return true;
        if (m_chat >= 0 && m_message < m_messages.size()) {
            queueMessage(m_messages.at(m_message++).toObject());
            continue;
        }
        if (!nextChat())
            return false;
    }
}

// ---- WhatsApp
// ------------------------------------------------------------------------------------

WhatsAppRowSource::WhatsAppRowSource(int fileIndex, const ImportPreset &preset)
    : ChatRowSource(fileIndex, preset, kindOf(QStringLiteral("whatsapp"))),
      m_start(QStringLiteral(
          "^[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{FEFF}]*\\[?(\\d{1,4})([./-])(\\d{1,2})\\2"
          "(\\d{1,4}),?\\s+(上午|下午)?\\s*(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
          "[\\s\\x{202F}\\x{00A0}]*([AaPp]\\.?\\s?[Mm]\\.?)?\\]?\\s*(?:-\\s)?\\s*(.*)$"))
{}

QString WhatsAppRowSource::chatName(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    for (const char *prefix : {"WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp-Chat mit ",
                               "Chat de WhatsApp con ", "Discussion WhatsApp avec "}) {
        if (name.startsWith(QLatin1String(prefix)))
            return name.mid(int(qstrlen(prefix))).trimmed();
    }
    return name == QLatin1String("_chat") ? QString() : name;
}

Result<std::unique_ptr<WhatsAppRowSource>> WhatsAppRowSource::open(const QString &path,
                                                                   int fileIndex,
                                                                   const ImportPreset &preset,
                                                                   const ReadOptions &options)
{
    auto text = TextSource::open(path, options.encoding);
    if (!text)
        return text.error();
    std::unique_ptr<WhatsAppRowSource> source(new WhatsAppRowSource(fileIndex, preset));
    source->m_text = std::move(*text);
    QString name = chatName(path);
    if (options.dateOrder)
        source->m_order = *options.dateOrder;
    else if (preset.dateOrder != DateOrder::Auto)
        source->m_order = preset.dateOrder;
    else
        source->m_order = source->detectOrder();
    if (name.isEmpty())
        name = QStringLiteral("WhatsApp");
    source->queueGroup("whatsapp:" + name.toUtf8(), name.toUtf8());
    return source;
}

QString WhatsAppRowSource::damageOf(QByteArrayView bytes) const
{
    if (bytes.contains('\0'))
        return nulError();
    if (m_text->encoding() == TextEncoding::Utf8 && !isValidUtf8(bytes))
        return tr("the text is not UTF-8; is the file in another encoding? (choose one with "
                  "--encoding)");
    if (m_text->encoding() != TextEncoding::Utf8 && m_text->hadDecodeErrors() &&
        bytes.contains("\xEF\xBF\xBD"))
        return tr("the text cannot be read as %1; choose the file's encoding")
            .arg(encodingName(m_text->encoding()));
    return {};
}

QString WhatsAppRowSource::description() const
{
    return tr("WhatsApp chat, %1, dates %2")
        .arg(encodingName(m_text->encoding()), dateOrderName(m_order));
}

QStringList WhatsAppRowSource::rejectHeader() const
{
    return {QStringLiteral("line"), QStringLiteral("text")};
}

bool WhatsAppRowSource::nextLine(QString *line)
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_pos);
        if (end >= 0 || (m_eof && m_pos < m_buffer.size())) {
            const qsizetype stop = end >= 0 ? end : m_buffer.size();
            qsizetype length = stop - m_pos;
            if (length > 0 && m_buffer.at(stop - 1) == '\r')
                --length;
            const QByteArrayView bytes(m_buffer.constData() + m_pos, length);
            *line = QString::fromUtf8(bytes);
            m_lineDamage = damageOf(bytes);
            m_pos = stop + 1;
            ++m_line;
            return true;
        }
        if (m_eof)
            return false;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        if (!m_text->readChunk(m_buffer, qint64(1) << 20))
            m_eof = true;
    }
}

DateOrder WhatsAppRowSource::detectOrder()
{
    DateOrder order = DateOrder::DayMonthYear;
    QString line;
    while (nextLine(&line)) {
        const auto match = m_start.match(line);
        if (!match.hasMatch())
            continue;
        const int a = match.capturedView(1).toInt();
        const int b = match.capturedView(3).toInt();
        if (match.capturedLength(1) == 4) {
            order = DateOrder::YearMonthDay;
            break;
        }
        if (a > 12) {
            order = DateOrder::DayMonthYear;
            break;
        }
        if (b > 12) {
            order = DateOrder::MonthDayYear;
            break;
        }
    }
    m_text->rewind();
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_line = 0;
    return order;
}

bool WhatsAppRowSource::handleLine(const QString &line)
{
    const auto match = m_start.match(line);
    if (!match.hasMatch())
        return false; // continues the message before
    const QString rest = match.captured(10);
    const qsizetype colon = rest.indexOf(QLatin1String(": "));
    if (colon <= 0)
        return false; // "Alice added Bob", the encryption notice, ...
    QString author = rest.left(colon);
    const QString text = rest.mid(colon + 2);
    for (QChar mark :
         {QChar(0x200E), QChar(0x200F), QChar(0x202A), QChar(0x202B), QChar(0x202C), QChar(0x202D),
          QChar(0x202E), QChar(0x2066), QChar(0x2067), QChar(0x2068), QChar(0x2069)})
        author.remove(mark);
    author = author.trimmed();
    if (author.isEmpty() ||
        (text.startsWith(QChar(0x200E)) && u"whatsapp:" + author == QString::fromUtf8(m_groupId)))
        return false; // iOS writes its notices as the chat itself
    int first = match.capturedView(1).toInt();
    int second = match.capturedView(3).toInt();
    int third = match.capturedView(4).toInt();
    int year = 0, month = 0, day = 0;
    if (match.capturedLength(1) == 4 || m_order == DateOrder::YearMonthDay)
        year = first, month = second, day = third;
    else if (m_order == DateOrder::MonthDayYear)
        month = first, day = second, year = third;
    else
        day = first, month = second, year = third;
    if (year < 100)
        year += 2000;
    int hour = match.capturedView(6).toInt();
    const int minute = match.capturedView(7).toInt();
    const int second_ = match.capturedView(8).toInt();
    const QString meridiem = match.captured(9).toLower() + match.captured(5);
    const bool pm = meridiem.startsWith(QLatin1Char('p')) || meridiem == QStringLiteral("下午");
    const bool am = meridiem.startsWith(QLatin1Char('a')) || meridiem == QStringLiteral("上午");
    if ((pm || am) && hour >= 1 && hour <= 12)
        hour = hour % 12 + (pm ? 12 : 0);
    const QByteArray time = QStringLiteral("%1-%2-%3 %4:%5:%6")
                                .arg(year, 4, 10, QLatin1Char('0'))
                                .arg(month, 2, 10, QLatin1Char('0'))
                                .arg(day, 2, 10, QLatin1Char('0'))
                                .arg(hour, 2, 10, QLatin1Char('0'))
                                .arg(minute, 2, 10, QLatin1Char('0'))
                                .arg(second_, 2, 10, QLatin1Char('0'))
                                .toUtf8();
    // WhatsApp names a sender it has no contact name for by their number, with its country code:
    // the account and the member's phone are that number in E.164. Digits without a country
    // code are the account as they are, and no phone.
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[\\d\\s\\-()]{7,}$"));
    const bool numbered = phoneLike.match(author).hasMatch();
    const QString e164 = numbered ? phone::parse(author, u"ZZ").e164 : QString();
    const bool isPhone = !e164.isEmpty();
    const QByteArray account = isPhone    ? e164.toLatin1()
                               : numbered ? values::normalizePhone(author.toUtf8())
                                          : author.toUtf8();
    if (!m_lineDamage.isEmpty()) {
        // The author's name would be stored damaged: the message is an invalid row instead.
        queueEvent(account, "message", time, m_line, {QByteArray::number(m_line), line.toUtf8()});
        m_queue.back().sourceError = m_lineDamage;
        m_queue.back().sourceErrorColumn = QStringLiteral("text");
        return true;
    }
    // A number is no name: lists would show it unmasked, and it would replace the name another
    // source gave the member.
    queueAuthor(account, numbered ? QByteArray() : author.toUtf8(), time, m_line);
    if (isPhone && !m_queue.empty() && m_queue.back().entity == Entity::Members &&
        m_queue.back().row == m_line) {
        SourceRow &member = m_queue.back();
        member.set(memberfield::phone, member.own(author.toUtf8()));
    }
    queueEvent(account, "message", time, m_line, {QByteArray::number(m_line), line.toUtf8()});
    return true;
}

bool WhatsAppRowSource::next(SourceRow &row)
{
    for (;;) {
        if (popQueued(row))
            return true;
        QString line;
        if (!nextLine(&line))
            return false;
        handleLine(line);
    }
}

} // namespace siyu
