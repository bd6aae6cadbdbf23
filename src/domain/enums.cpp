// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QCoreApplication>

namespace Ripen {

// clang-format off
const char *const EnumInfo<ContactRole>::context = "ContactRole";
const std::array<const char *, 6> EnumInfo<ContactRole>::keys = {
    "decision_maker", "champion", "influencer", "gatekeeper", "user", "other"};
const std::array<const char *, 6> EnumInfo<ContactRole>::labels = {
    QT_TRANSLATE_NOOP("ContactRole", "Decision maker"), QT_TRANSLATE_NOOP("ContactRole", "Champion"),
    QT_TRANSLATE_NOOP("ContactRole", "Influencer"), QT_TRANSLATE_NOOP("ContactRole", "Gatekeeper"),
    QT_TRANSLATE_NOOP("ContactRole", "User"), QT_TRANSLATE_NOOP("ContactRole", "Other")};

const char *const EnumInfo<StageKind>::context = "StageKind";
const std::array<const char *, 3> EnumInfo<StageKind>::keys = {"open", "won", "lost"};
const std::array<const char *, 3> EnumInfo<StageKind>::labels = {
    QT_TRANSLATE_NOOP("StageKind", "Open"), QT_TRANSLATE_NOOP("StageKind", "Won"),
    QT_TRANSLATE_NOOP("StageKind", "Lost")};

const char *const EnumInfo<DealStatus>::context = "DealStatus";
const std::array<const char *, 3> EnumInfo<DealStatus>::keys = {"open", "won", "lost"};
const std::array<const char *, 3> EnumInfo<DealStatus>::labels = {
    QT_TRANSLATE_NOOP("DealStatus", "Open"), QT_TRANSLATE_NOOP("DealStatus", "Won"),
    QT_TRANSLATE_NOOP("DealStatus", "Lost")};

const char *const EnumInfo<FailedCommitment>::context = "FailedCommitment";
const std::array<const char *, 4> EnumInfo<FailedCommitment>::keys = {
    "none", "first_meeting", "discovery", "proposal"};
const std::array<const char *, 4> EnumInfo<FailedCommitment>::labels = {
    QT_TRANSLATE_NOOP("FailedCommitment", "Not recorded"),
    QT_TRANSLATE_NOOP("FailedCommitment", "Their time (a first meeting)"),
    QT_TRANSLATE_NOOP("FailedCommitment", "Exploring their situation (discovery)"),
    QT_TRANSLATE_NOOP("FailedCommitment", "Considering a solution (proposal)")};

const char *const EnumInfo<NoMeaning>::context = "NoMeaning";
const std::array<const char *, 6> EnumInfo<NoMeaning>::keys = {
    "approach", "value", "timing", "competitor", "ghosted", "reflex"};
const std::array<const char *, 6> EnumInfo<NoMeaning>::labels = {
    QT_TRANSLATE_NOOP("NoMeaning", "Did not like how we engaged"),
    QT_TRANSLATE_NOOP("NoMeaning", "Did not see the benefit"),
    QT_TRANSLATE_NOOP("NoMeaning", "Bad timing, other priorities"),
    QT_TRANSLATE_NOOP("NoMeaning", "Chose a competitor"),
    QT_TRANSLATE_NOOP("NoMeaning", "No answer at all (ghosting)"),
    QT_TRANSLATE_NOOP("NoMeaning", "Reflex \"not interested\"")};

const char *const EnumInfo<Channel>::context = "Channel";
const std::array<const char *, 10> EnumInfo<Channel>::keys = {
    "call", "voicemail", "email", "linkedin", "handwritten_note",
    "package", "drop_in", "referral", "meeting", "event_invite"};
const std::array<const char *, 10> EnumInfo<Channel>::labels = {
    QT_TRANSLATE_NOOP("Channel", "Call"), QT_TRANSLATE_NOOP("Channel", "Voicemail"),
    QT_TRANSLATE_NOOP("Channel", "Email"), QT_TRANSLATE_NOOP("Channel", "LinkedIn"),
    QT_TRANSLATE_NOOP("Channel", "Handwritten note"), QT_TRANSLATE_NOOP("Channel", "Package"),
    QT_TRANSLATE_NOOP("Channel", "Drop-in visit"), QT_TRANSLATE_NOOP("Channel", "Referral"),
    QT_TRANSLATE_NOOP("Channel", "Meeting"), QT_TRANSLATE_NOOP("Channel", "Event invite")};

const char *const EnumInfo<TouchOutcome>::context = "TouchOutcome";
const std::array<const char *, 6> EnumInfo<TouchOutcome>::keys = {
    "no_answer", "conversation", "no", "not_now", "meeting_booked", "yes"};
const std::array<const char *, 6> EnumInfo<TouchOutcome>::labels = {
    QT_TRANSLATE_NOOP("TouchOutcome", "No answer"), QT_TRANSLATE_NOOP("TouchOutcome", "Conversation"),
    QT_TRANSLATE_NOOP("TouchOutcome", "No"), QT_TRANSLATE_NOOP("TouchOutcome", "Not now"),
    QT_TRANSLATE_NOOP("TouchOutcome", "Meeting booked"), QT_TRANSLATE_NOOP("TouchOutcome", "Yes")};

const char *const EnumInfo<ValueKind>::context = "ValueKind";
const std::array<const char *, 6> EnumInfo<ValueKind>::keys = {
    "none", "insight", "white_paper", "invitation", "referral", "idea"};
const std::array<const char *, 6> EnumInfo<ValueKind>::labels = {
    QT_TRANSLATE_NOOP("ValueKind", "Bare check-in"), QT_TRANSLATE_NOOP("ValueKind", "Insight"),
    QT_TRANSLATE_NOOP("ValueKind", "White paper"), QT_TRANSLATE_NOOP("ValueKind", "Webinar or event invite"),
    QT_TRANSLATE_NOOP("ValueKind", "Referral"), QT_TRANSLATE_NOOP("ValueKind", "Idea about their business")};

// A one-off's key is empty: follow_ups.cadence is NOT NULL DEFAULT '', and '' has always meant one-off.
const char *const EnumInfo<Cadence>::context = "Cadence";
const std::array<const char *, 4> EnumInfo<Cadence>::keys = {"", "re_engage", "ghosted", "long_game"};
const std::array<const char *, 4> EnumInfo<Cadence>::labels = {
    QT_TRANSLATE_NOOP("Cadence", "One-off"),
    QT_TRANSLATE_NOOP("Cadence", "Not now: value touches until re-engaging"),
    QT_TRANSLATE_NOOP("Cadence", "Ghosted: a value touch every two weeks"),
    QT_TRANSLATE_NOOP("Cadence", "Long game: a value touch every month")};
// clang-format on

QString translatedLabel(const char *context, const char *label)
{
    return QCoreApplication::translate(context, label);
}

QString strategyFor(NoMeaning meaning)
{
    switch (meaning) {
    case NoMeaning::Approach:
        return QCoreApplication::translate("Strategy", "Change the approach");
    case NoMeaning::Value:
        return QCoreApplication::translate("Strategy", "Create more value");
    case NoMeaning::Timing:
        return QCoreApplication::translate("Strategy", "Try again later");
    case NoMeaning::Competitor:
        return QCoreApplication::translate("Strategy", "Stay close, ask why, wait for the renewal");
    case NoMeaning::Ghosted:
        return QCoreApplication::translate("Strategy", "Patience: a value touch every few weeks");
    case NoMeaning::Reflex:
        return QCoreApplication::translate(
            "Strategy", "One professional reply with a concrete reason to meet");
    }
    return {};
}

} // namespace Ripen
