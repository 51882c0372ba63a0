// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/importpreset.h"
#include "models/import/rowsource.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <deque>
#include <memory>

namespace siyu {

// What chat exports share: the chat becomes a group, its authors members (matched through
// their platform identity), their messages `message` events. Authors and the group are derived
// records (counted 0); each message is one source row.
class ChatRowSource : public RowSource
{
public:
    std::vector<Entity> entities() const override
    {
        return {Entity::Groups, Entity::Members, Entity::Events, Entity::Memberships};
    }

protected:
    ChatRowSource(int fileIndex, const ImportPreset &preset, int identityKind);
    // Queues the group record of the chat.
    void queueGroup(const QByteArray &groupId, const QByteArray &name);
    // Queues the member record of an author the first time the author appears.
    void queueAuthor(const QByteArray &account, const QByteArray &name, const QByteArray &time,
                     qint64 row);
    void queueEvent(const QByteArray &account, const char *type, const QByteArray &time, qint64 row,
                    const std::vector<QByteArray> &raw, const QByteArray &value = {});
    void queueMembership(const QByteArray &account, const QByteArray &time, qint64 row,
                         const std::vector<QByteArray> &raw, int counted);
    bool popQueued(SourceRow &row);
    SourceRow &queued(Entity entity, qint64 row, int counted, const RowPolicy *policy);

    int m_fileIndex;
    int m_identityField;       // identity:KIND on members
    int m_lookupIdentityField; // member:identity:KIND on events and memberships
    RowPolicy m_memberPolicy;
    RowPolicy m_rowPolicy;
    QByteArray m_groupId;
    QSet<QByteArray> m_known;
    std::deque<SourceRow> m_queue;
};

// Telegram Desktop's JSON export (one chat, or "all chats" with chats.list): senders become
// members, messages `message` events, people who joined or were added become memberships, the
// one who added them gets an `invite` event. The file is read whole (a JSON document).
class TelegramRowSource : public ChatRowSource
{
public:
    static Result<std::unique_ptr<TelegramRowSource>> open(const QString &path, int fileIndex,
                                                           const ImportPreset &preset);

    bool next(SourceRow &row) override;
    QStringList rejectHeader() const override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override { return m_size; }
    qint64 estimatedRows() const override { return m_messageCount; }
    QString description() const override;

private:
    TelegramRowSource(int fileIndex, const ImportPreset &preset);
    bool nextChat();
    void queueMessage(const QJsonObject &message);
    QByteArray timeOf(const QJsonObject &message) const;
    static bool holdsNul(const QJsonObject &message);

    QJsonArray m_chats;
    qsizetype m_chat = -1;
    QJsonArray m_messages;
    qsizetype m_message = 0;
    qint64 m_row = 0;
    qint64 m_messageCount = 0;
    qint64 m_size = 0;
    QHash<QString, QString> m_accountOfName; // display name → from_id, when unambiguous
    bool m_chatDamaged = false;              // the chat's id or name holds a NUL
};

// WhatsApp's chat export (.txt): `16/11/2026, 09:05 - Name: text` (Android) or
// `[16/11/2026, 09:05:12] Name: text` (iOS), any date order (decided from the whole file),
// 12- or 24-hour clocks; lines that do not start a message continue the one before.
class WhatsAppRowSource : public ChatRowSource
{
public:
    static Result<std::unique_ptr<WhatsAppRowSource>> open(const QString &path, int fileIndex,
                                                           const ImportPreset &preset,
                                                           const ReadOptions &options);

    bool next(SourceRow &row) override;
    QStringList rejectHeader() const override;
    qint64 bytesDone() const override { return m_text->position(); }
    qint64 bytesTotal() const override { return m_text->size(); }
    qint64 estimatedRows() const override { return m_text->size() / 60; }
    QString description() const override;

    // "WhatsApp Chat with Siyu Fans.txt" → "Siyu Fans".
    static QString chatName(const QString &path);

private:
    WhatsAppRowSource(int fileIndex, const ImportPreset &preset);
    bool nextLine(QString *line);
    DateOrder detectOrder();
    bool handleLine(const QString &line);
    // Why the bytes of a line cannot be stored (NUL, not UTF-8), or empty.
    QString damageOf(QByteArrayView bytes) const;

    std::unique_ptr<TextSource> m_text;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 0;
    QString m_lineDamage; // of the line nextLine() returned last
    DateOrder m_order = DateOrder::DayMonthYear;
    QRegularExpression m_start;
};

} // namespace siyu
