// SPDX-License-Identifier: GPL-3.0-or-later
#include "importvalues.h"

#include "csvwriter.h"

#include <QHash>
#include <QRegularExpression>

namespace Ripen::ImportValues {

namespace {

// A word of a cell in a table of words: case, spacing and Ripen's key spelling ("drop_in") aside.
template<typename T> std::optional<T> lookUp(const QHash<QString, T> &words, const QString &cell)
{
    const auto it = words.constFind(
        QString(cell).replace(QLatin1Char('_'), QLatin1Char(' ')).simplified().toCaseFolded());
    if (it == words.cend())
        return std::nullopt;
    return *it;
}

QString currencyOfSymbol(const QString &symbol)
{
    static const QHash<QString, QString> symbols {
        { QStringLiteral("€"), QStringLiteral("EUR") },
        { QStringLiteral("$"), QStringLiteral("USD") },
        { QStringLiteral("US$"), QStringLiteral("USD") },
        { QStringLiteral("£"), QStringLiteral("GBP") },
        { QStringLiteral("¥"), QStringLiteral("JPY") },
        { QStringLiteral("CHF"), QStringLiteral("CHF") },
        { QStringLiteral("Fr."), QStringLiteral("CHF") },
    };
    if (const auto it = symbols.constFind(symbol); it != symbols.cend())
        return *it;
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    return iso.match(symbol).hasMatch() ? symbol : QString();
}

} // namespace

std::optional<Amount> parseMoney(const QString &cell)
{
    // A currency before or after the number, a sign before either.
    static const QRegularExpression amount(QStringLiteral(
        "^\\s*(-)?\\s*(US\\$|[$€£¥]|[A-Z]{3}|Fr\\.)?\\s*(-)?\\s*([\\d][\\d.,' \\x{00A0}\\x{202F}]*)"
        "\\s*(US\\$|[$€£¥]|[A-Z]{3}|Fr\\.)?\\s*$"));
    const QRegularExpressionMatch match = amount.match(cell);
    if (!match.hasMatch() || (!match.captured(2).isEmpty() && !match.captured(5).isEmpty()))
        return std::nullopt;
    QString number = match.captured(4);
    number.remove(QRegularExpression(QStringLiteral("[ '\\x{00A0}\\x{202F}]")));
    // The cents: after the last separator when one or two digits follow it and nothing else does.
    QString whole = number, cents;
    const qsizetype last
        = std::max(number.lastIndexOf(QLatin1Char('.')), number.lastIndexOf(QLatin1Char(',')));
    if (last >= 0 && number.size() - last - 1 <= 2 && number.size() - last - 1 >= 1) {
        whole = number.left(last);
        cents = number.mid(last + 1);
    }
    // What is left groups thousands: groups of three digits after the first group.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})*$|^\\d+$"));
    if (!grouped.match(whole).hasMatch())
        return std::nullopt;
    // One separator sign for the thousands: "1.200,50" and "1,200.50", never "1.200.000,5,0".
    if (whole.contains(QLatin1Char('.')) && whole.contains(QLatin1Char(',')))
        return std::nullopt;
    whole.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok || units > qint64(1) << 50)
        return std::nullopt;
    const qint64 fraction
        = cents.isEmpty() ? 0 : (cents.size() == 1 ? cents.toLongLong() * 10 : cents.toLongLong());
    Amount result;
    result.minor = units * 100 + fraction;
    if (!match.captured(1).isEmpty() || !match.captured(3).isEmpty())
        result.minor = -result.minor;
    const QString symbol = match.captured(2).isEmpty() ? match.captured(5) : match.captured(2);
    if (!symbol.isEmpty()) {
        result.currency = currencyOfSymbol(symbol);
        if (result.currency.isEmpty())
            return std::nullopt;
    }
    return result;
}

QStringList dateFormats()
{
    return { QStringLiteral("yyyy-MM-dd"), QStringLiteral("M/d/yyyy"), QStringLiteral("d.M.yyyy"),
        QStringLiteral("d/M/yyyy") };
}

QDateTime parseDate(const QString &cell, const QString &format)
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return {};
    // The date, then an optional time (after a space or a T), seconds and a zone marker optional.
    static const QRegularExpression split(QStringLiteral(
        "^([^ T]+)(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const QRegularExpressionMatch match = split.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), format);
    if (!date.isValid())
        return {};
    QTime time(0, 0);
    if (!match.captured(2).isEmpty()) {
        time = QTime(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
        if (!time.isValid())
            return {};
    }
    return QDateTime(date, time);
}

QStringList fittingDateFormats(const QStringList &cells)
{
    QStringList fitting;
    bool any = false;
    for (const QString &format : dateFormats()) {
        bool all = true;
        for (const QString &cell : cells) {
            if (cell.trimmed().isEmpty())
                continue;
            any = true;
            if (!parseDate(cell, format).isValid()) {
                all = false;
                break;
            }
        }
        if (all)
            fitting << format;
    }
    return any ? fitting : QStringList();
}

DealStatus parseStatus(const QString &cell)
{
    const QString word = cell.simplified().toCaseFolded();
    if (word == QLatin1String("won") || word == QLatin1String("closed won"))
        return DealStatus::Won;
    if (word == QLatin1String("lost") || word == QLatin1String("closed lost"))
        return DealStatus::Lost;
    return DealStatus::Open;
}

std::optional<Channel> parseChannel(const QString &cell)
{
    static const QHash<QString, Channel> words {
        { QStringLiteral("call"), Channel::Call },
        { QStringLiteral("phone"), Channel::Call },
        { QStringLiteral("phone call"), Channel::Call },
        { QStringLiteral("task"), Channel::Call }, // a to-do is most often a call to make
        { QStringLiteral("to-do"), Channel::Call },
        { QStringLiteral("todo"), Channel::Call },
        { QStringLiteral("voicemail"), Channel::Voicemail },
        { QStringLiteral("voice mail"), Channel::Voicemail },
        { QStringLiteral("email"), Channel::Email },
        { QStringLiteral("e-mail"), Channel::Email },
        { QStringLiteral("mail"), Channel::Email },
        { QStringLiteral("linkedin"), Channel::LinkedIn },
        { QStringLiteral("linkedin message"), Channel::LinkedIn },
        { QStringLiteral("inmail"), Channel::LinkedIn },
        { QStringLiteral("handwritten note"), Channel::HandwrittenNote },
        { QStringLiteral("letter"), Channel::HandwrittenNote },
        { QStringLiteral("card"), Channel::HandwrittenNote },
        { QStringLiteral("package"), Channel::Package },
        { QStringLiteral("parcel"), Channel::Package },
        { QStringLiteral("gift"), Channel::Package },
        { QStringLiteral("visit"), Channel::DropIn },
        { QStringLiteral("drop-in"), Channel::DropIn },
        { QStringLiteral("drop in"), Channel::DropIn },
        { QStringLiteral("in person"), Channel::DropIn },
        { QStringLiteral("referral"), Channel::Referral },
        { QStringLiteral("introduction"), Channel::Referral },
        { QStringLiteral("meeting"), Channel::Meeting },
        { QStringLiteral("demo"), Channel::Meeting },
        { QStringLiteral("lunch"), Channel::Meeting },
        { QStringLiteral("event"), Channel::EventInvite },
        { QStringLiteral("webinar"), Channel::EventInvite },
        { QStringLiteral("event invite"), Channel::EventInvite },
    };
    return lookUp(words, cell);
}

std::optional<bool> parseDone(const QString &cell)
{
    static const QHash<QString, bool> words {
        { QStringLiteral("done"), true },
        { QStringLiteral("completed"), true },
        { QStringLiteral("complete"), true },
        { QStringLiteral("held"), true },
        { QStringLiteral("sent"), true },
        { QStringLiteral("finished"), true },
        { QStringLiteral("yes"), true },
        { QStringLiteral("true"), true },
        { QStringLiteral("1"), true },
        { QStringLiteral("planned"), false },
        { QStringLiteral("scheduled"), false },
        { QStringLiteral("to do"), false },
        { QStringLiteral("todo"), false },
        { QStringLiteral("open"), false },
        { QStringLiteral("not done"), false },
        { QStringLiteral("not started"), false },
        { QStringLiteral("pending"), false },
        { QStringLiteral("no"), false },
        { QStringLiteral("false"), false },
        { QStringLiteral("0"), false },
    };
    return lookUp(words, cell);
}

std::optional<TouchOutcome> parseOutcome(const QString &cell)
{
    static const QHash<QString, TouchOutcome> words {
        { QStringLiteral("no answer"), TouchOutcome::NoAnswer },
        { QStringLiteral("left voicemail"), TouchOutcome::NoAnswer },
        { QStringLiteral("left live message"), TouchOutcome::NoAnswer },
        { QStringLiteral("busy"), TouchOutcome::NoAnswer },
        { QStringLiteral("wrong number"), TouchOutcome::NoAnswer },
        { QStringLiteral("conversation"), TouchOutcome::Conversation },
        { QStringLiteral("connected"), TouchOutcome::Conversation },
        { QStringLiteral("spoke"), TouchOutcome::Conversation },
        { QStringLiteral("replied"), TouchOutcome::Conversation },
        { QStringLiteral("no"), TouchOutcome::No },
        { QStringLiteral("not interested"), TouchOutcome::No },
        { QStringLiteral("not now"), TouchOutcome::NotNow },
        { QStringLiteral("later"), TouchOutcome::NotNow },
        { QStringLiteral("meeting booked"), TouchOutcome::MeetingBooked },
        { QStringLiteral("booked"), TouchOutcome::MeetingBooked },
        { QStringLiteral("yes"), TouchOutcome::Yes },
    };
    return lookUp(words, cell);
}

std::optional<ValueKind> parseValueKind(const QString &cell)
{
    static const QHash<QString, ValueKind> words {
        { QStringLiteral("none"), ValueKind::None },
        { QStringLiteral("check in"), ValueKind::None },
        { QStringLiteral("insight"), ValueKind::Insight },
        { QStringLiteral("white paper"), ValueKind::WhitePaper },
        { QStringLiteral("whitepaper"), ValueKind::WhitePaper },
        { QStringLiteral("invitation"), ValueKind::Invitation },
        { QStringLiteral("invite"), ValueKind::Invitation },
        { QStringLiteral("referral"), ValueKind::Referral },
        { QStringLiteral("introduction"), ValueKind::Referral },
        { QStringLiteral("idea"), ValueKind::Idea },
    };
    return lookUp(words, cell);
}

QString text(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    if (trimmed.startsWith(QLatin1Char('\'')) && CsvWriter::startsLikeAFormula(trimmed))
        return trimmed.mid(1);
    return trimmed;
}

} // namespace Ripen::ImportValues
