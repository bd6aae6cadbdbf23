// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "clock.h"
#include "commandline.h"
#include "database.h"
#include "lostreview.h"
#include "money.h"
#include "pipeline.h"
#include "readcommand.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace Ripen {

namespace {

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

// A JSON string, escaped as QJsonDocument escapes it.
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Minor units as a number in major units: 1250000 -> 12500, 1250050 -> 12500.50. Exact, without a
// floating-point detour.
QString majorUnits(qint64 minor)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = minor < 0 ? -minor : minor;
    if (magnitude % 100 == 0)
        return sign + QString::number(magnitude / 100);
    return sign + QStringLiteral("%1.%2").arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString jsonValues(const QMap<QString, qint64> &values)
{
    QStringList entries;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        entries << jsonString(it.key()) + QLatin1Char(':') + majorUnits(it.value());
    return QLatin1Char('{') + entries.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString moneyList(const QMap<QString, qint64> &values, const QLocale &locale)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << formatMoney(Money { it.value(), it.key() }, locale);
    return parts.isEmpty() ? formatMoney(Money { 0, QStringLiteral("EUR") }, locale)
                           : parts.join(QStringLiteral(", "));
}

} // namespace

QString ReportCommand::json(const LostReviewFigures &figures)
{
    QStringList months;
    for (const LostMonth &m : figures.months) {
        QStringList reasons;
        for (const auto &[label, count] : m.byReason)
            reasons << jsonString(label) + QLatin1Char(':') + QString::number(count);
        months << QStringLiteral(R"({"month":%1,"lost":%2,"lost_value":%3,"by_reason":{%4},"reengaged":%5,)"
                                 R"("won_back":%6,"won_back_value":%7})")
                      .arg(jsonString(monthKey(m.month)))
                      .arg(m.lost)
                      .arg(jsonValues(m.lostValue), reasons.join(QLatin1Char(',')))
                      .arg(m.reengaged)
                      .arg(m.wonBack)
                      .arg(jsonValues(m.wonBackValue));
    }
    const LostTotals &t = figures.totals;
    return QStringLiteral(R"({"from":%1,"to":%2,"months":[%3],"totals":{"lost":%4,"lost_value":%5,)"
                          R"("pursued_since_loss":%6,"reengaged":%7,"won_back":%8,"won_back_value":%9}})")
               .arg(jsonString(monthKey(figures.from)), jsonString(monthKey(figures.to)),
                   months.join(QLatin1Char(',')))
               .arg(t.lost)
               .arg(jsonValues(t.lostValue))
               .arg(t.pursuedSinceLoss)
               .arg(t.reengaged)
               .arg(t.wonBack)
               .arg(jsonValues(t.wonBackValue))
        + QLatin1Char('\n');
}

QString ReportCommand::csv(const LostReviewFigures &figures)
{
    // Every month names the same currencies and reasons (LostReview), so the first month's are the columns.
    const QStringList currencies
        = figures.months.isEmpty() ? QStringList() : figures.months.first().lostValue.keys();
    QStringList labels;
    if (!figures.months.isEmpty()) {
        for (const auto &[label, count] : figures.months.first().byReason)
            labels << label;
    }
    QStringList header { QStringLiteral("month"), QStringLiteral("lost") };
    for (const QString &currency : currencies)
        header << csvField(QStringLiteral("lost_value_") + currency);
    for (const QString &label : std::as_const(labels))
        header << csvField(QStringLiteral("reason:") + label);
    header << QStringLiteral("reengaged") << QStringLiteral("won_back");
    for (const QString &currency : currencies)
        header << csvField(QStringLiteral("won_back_value_") + currency);
    header << QStringLiteral("pursued_since_loss");
    QStringList lines { header.join(QLatin1Char(',')) };
    QList<int> reasonTotals(labels.size(), 0);
    for (const LostMonth &m : figures.months) {
        QStringList fields { monthKey(m.month), QString::number(m.lost) };
        for (const QString &currency : currencies)
            fields << majorUnits(m.lostValue.value(currency));
        for (qsizetype i = 0; i < m.byReason.size(); ++i) {
            fields << QString::number(m.byReason.at(i).second);
            reasonTotals[i] += m.byReason.at(i).second;
        }
        fields << QString::number(m.reengaged) << QString::number(m.wonBack);
        for (const QString &currency : currencies)
            fields << majorUnits(m.wonBackValue.value(currency));
        fields << QString();
        lines << fields.join(QLatin1Char(','));
    }
    const LostTotals &t = figures.totals;
    QStringList fields { QStringLiteral("total"), QString::number(t.lost) };
    for (const QString &currency : currencies)
        fields << majorUnits(t.lostValue.value(currency));
    for (int count : std::as_const(reasonTotals))
        fields << QString::number(count);
    fields << QString::number(t.reengaged) << QString::number(t.wonBack);
    for (const QString &currency : currencies)
        fields << majorUnits(t.wonBackValue.value(currency));
    fields << QString::number(t.pursuedSinceLoss);
    lines << fields.join(QLatin1Char(','));
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString ReportCommand::text(const LostReviewFigures &figures, const QString &database)
{
    const QLocale locale;
    QString text;
    QTextStream out(&text);
    out << tr("Lost deals in “%1”, %2 to %3")
               .arg(database, locale.toString(figures.from, QStringLiteral("MMMM yyyy")),
                   locale.toString(figures.to, QStringLiteral("MMMM yyyy")))
        << '\n'
        << '\n';
    for (const LostMonth &m : figures.months) {
        QStringList reasons;
        for (const auto &[label, count] : m.byReason) {
            if (count > 0)
                reasons << QStringLiteral("%1 %2").arg(label, locale.toString(count));
        }
        out << tr("%1: %2 lost (%3), %4 re-engaged, %5 won back")
                   .arg(locale.toString(m.month, QStringLiteral("MMM yyyy")), locale.toString(m.lost),
                       moneyList(m.lostValue, locale), locale.toString(m.reengaged),
                       locale.toString(m.wonBack));
        if (!reasons.isEmpty())
            out << tr("; by reason: %1").arg(reasons.join(QStringLiteral(", ")));
        out << '\n';
    }
    const LostTotals &t = figures.totals;
    out << '\n'
        << tr("Months: %1. Lost: %2, worth %3.")
               .arg(locale.toString(figures.months.size()), locale.toString(t.lost),
                   moneyList(t.lostValue, locale))
        << '\n'
        << tr("Pursued since the loss: %1. Re-engaged: %2. Won back: %3, worth %4.")
               .arg(locale.toString(t.pursuedSinceLoss), locale.toString(t.reengaged),
                   locale.toString(t.wonBack), moneyList(t.wonBackValue, locale))
        << '\n';
    out.flush();
    return text;
}

int ReportCommand::run(const CommandLine &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Database database;
    if (!openToRead(database, options.database, err))
        return 1;
    const Pipeline pipeline(database, clock);
    const QString shown = QDir::toNativeSeparators(options.database);
    const QDate lastMonth
        = options.lastMonth.isValid() ? options.lastMonth : LostReview::defaultLastMonth(clock);
    const auto figures = LostReview(pipeline).figures(lastMonth, options.months);
    if (!figures) {
        err << QStringLiteral("ripen: ")
            << tr("Cannot read the lost deals of “%1”: %2").arg(shown, figures.error()) << Qt::endl;
        return 1;
    }
    switch (options.format) {
    case CommandLine::ReportFormat::Json:
        out << json(*figures);
        break;
    case CommandLine::ReportFormat::Csv:
        out << csv(*figures);
        break;
    case CommandLine::ReportFormat::Text:
        out << text(*figures, shown);
        break;
    }
    out.flush();
    return 0;
}

} // namespace Ripen
