// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace Ripen {

enum class ContactRole { DecisionMaker, Champion, Influencer, Gatekeeper, User, Other };
enum class StageKind { Open, Won, Lost };
enum class DealStatus { Open, Won, Lost };
// The commitment the prospect did not make: their time, exploring their situation, or a solution.
enum class FailedCommitment { None, FirstMeeting, Discovery, Proposal };
// What a "no" meant, which decides the strategy to re-engage.
enum class NoMeaning { Approach, Value, Timing, Competitor, Ghosted, Reflex };
enum class Channel {
    Call,
    Voicemail,
    Email,
    LinkedIn,
    HandwrittenNote,
    Package,
    DropIn,
    Referral,
    Meeting,
    EventInvite
};
enum class TouchOutcome { NoAnswer, Conversation, No, NotNow, MeetingBooked, Yes };
// What a touch brought the prospect; None is a bare "just checking in".
enum class ValueKind { None, Insight, WhitePaper, Invitation, Referral, Idea };
// The named series of planned value touches a follow-up belongs to; None = a one-off (see cadence.h).
enum class Cadence { None, ReEngage, Ghosted, LongGame };

// Stable keys stored in the database and written to files; labels for people (translated).
template<typename E> struct EnumInfo;

#define RIPEN_ENUM_INFO(E, N)                                                                                \
    template<> struct EnumInfo<E>                                                                            \
    {                                                                                                        \
        static constexpr int count = N;                                                                      \
        static const std::array<const char *, N> keys;                                                       \
        static const std::array<const char *, N> labels;                                                     \
        static const char *const context;                                                                    \
    };

RIPEN_ENUM_INFO(ContactRole, 6)
RIPEN_ENUM_INFO(StageKind, 3)
RIPEN_ENUM_INFO(DealStatus, 3)
RIPEN_ENUM_INFO(FailedCommitment, 4)
RIPEN_ENUM_INFO(NoMeaning, 6)
RIPEN_ENUM_INFO(Channel, 10)
RIPEN_ENUM_INFO(TouchOutcome, 6)
RIPEN_ENUM_INFO(ValueKind, 6)
RIPEN_ENUM_INFO(Cadence, 4)
#undef RIPEN_ENUM_INFO

template<typename E> constexpr int enumCount()
{
    return EnumInfo<E>::count;
}

template<typename E> constexpr E enumAt(int index)
{
    return static_cast<E>(index);
}

template<typename E> QString enumKey(E value)
{
    return QString::fromLatin1(EnumInfo<E>::keys.at(static_cast<std::size_t>(value)));
}

template<typename E> std::optional<E> enumFromKey(QStringView key)
{
    for (int i = 0; i < EnumInfo<E>::count; ++i) {
        if (key == QLatin1String(EnumInfo<E>::keys.at(static_cast<std::size_t>(i))))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// The label in the user's language.
QString translatedLabel(const char *context, const char *label);

template<typename E> QString enumLabel(E value)
{
    return translatedLabel(EnumInfo<E>::context, EnumInfo<E>::labels.at(static_cast<std::size_t>(value)));
}

// The strategy a "no" asks for (PERSISTENCE.md, section 1).
QString strategyFor(NoMeaning meaning);

} // namespace Ripen
