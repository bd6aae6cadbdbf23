// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaview.h"
#include "enums.h"
#include "lost/lostdealsview.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "timeline/timelineview.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Ripen;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
    void languagesAreListed();
    void germanTranslatesTheWindow();
    void englishNeedsNoTranslation();
    void unknownLanguageIsRefused();
    void cleanup();

private:
    FixedClock m_clock { Test::fixedNow() };
};

void TestTranslations::cleanup()
{
    QString error;
    QVERIFY(Translations::install(QStringLiteral("en"), &error));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

namespace {

// One <message> of a Qt Linguist file.
struct TsMessage
{
    QString context, source, comment;
    bool unfinished = false; // type="unfinished": new in the sources, or never marked as done
    bool empty = false; // no translation text, or a plural form left empty

    // What identifies a message to lupdate and QTranslator.
    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString describe() const
    {
        return QStringLiteral("%1: “%2”%3")
            .arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

// The messages of a .ts file that are still in the sources (not vanished or obsolete).
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool gone = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!gone)
                messages << message;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            gone = false;
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            gone = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            message.unfinished = type == QLatin1String("unfinished");
            QString text;
            bool numerus = false, emptyForm = false;
            // Plural messages hold one <numerusform> per form; each must be filled in.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    emptyForm = emptyForm || xml.readElementText().trimmed().isEmpty();
                }
                if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            message.empty = numerus ? emptyForm : text.trimmed().isEmpty();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

void TestTranslations::germanIsComplete()
{
    // Every string in the sources has a German translation that is finished and not empty, so a German
    // user never meets an English sentence that merely nobody has translated. The checked-in .ts alone
    // cannot tell: a tr() string added to the sources is not in it until someone runs lupdate. So lupdate
    // runs here, as the build's update_translations does, on a copy; the checked-in file is never touched.
    const QString tsPath = QStringLiteral(RIPEN_SOURCE_DIR "/translations/ripen_de.ts");
    QFile checkedIn(tsPath);
    QVERIFY2(checkedIn.open(QIODevice::ReadOnly), qPrintable(tsPath));
    const QByteArray original = checkedIn.readAll();
    checkedIn.close();
    QString error;
    const QList<TsMessage> known = readTs(tsPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(known.size() > 100);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copyPath = dir.filePath(QStringLiteral("ripen_de.ts"));
    QFile copy(copyPath);
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(original) == original.size());
    copy.close();
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The options of qt_add_translations in the top-level CMakeLists.txt.
    lupdate.start(QStringLiteral(RIPEN_LUPDATE),
        { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
            QStringLiteral(RIPEN_SOURCE_DIR "/src"), QStringLiteral(RIPEN_SOURCE_DIR "/ui"),
            QStringLiteral("-ts"), copyPath });
    QVERIFY2(lupdate.waitForFinished(120000),
        qPrintable(QStringLiteral(RIPEN_LUPDATE ": ") + lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    const QList<TsMessage> current = readTs(copyPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(current.size() > 100);

    QSet<QString> knownKeys;
    for (const TsMessage &message : known)
        knownKeys.insert(message.key());
    QStringList missing, unfinished;
    for (const TsMessage &message : current) {
        if (!knownKeys.contains(message.key()))
            missing << message.describe();
        else if (message.unfinished || message.empty)
            unfinished << message.describe() + (message.empty ? QStringLiteral(" (empty)") : QString());
    }
    QStringList problems;
    if (!missing.isEmpty())
        problems << QStringLiteral(
            "%1 string(s) in the sources are not in translations/ripen_de.ts; run "
            "`lupdate -locations none -no-obsolete src ui -ts translations/ripen_de.ts` "
            "and translate them:\n  %2")
                        .arg(missing.size())
                        .arg(missing.mid(0, 40).join(QLatin1String("\n  ")));
    if (!unfinished.isEmpty())
        problems << QStringLiteral("%1 of %2 German translations are unfinished or empty:\n  %3")
                        .arg(unfinished.size())
                        .arg(current.size())
                        .arg(unfinished.mid(0, 40).join(QLatin1String("\n  ")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The test changed nothing it does not own.
    QVERIFY(checkedIn.open(QIODevice::ReadOnly));
    QCOMPARE(checkedIn.readAll(), original);
}

void TestTranslations::languagesAreListed()
{
    const QStringList languages = Translations::availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(','))));
    QVERIFY(languages.contains(QStringLiteral("en")));
    for (const char *code : { "de", "de_DE", "de-AT", "DE", "en", "en_GB" })
        QVERIFY2(Translations::isAvailable(QString::fromLatin1(code)), code);
    for (const char *code : { "xx", "fr", "", "d" })
        QVERIFY2(!Translations::isAvailable(QString::fromLatin1(code)), code);
}

void TestTranslations::germanTranslatesTheWindow()
{
    QString error;
    QVERIFY2(Translations::install(QStringLiteral("de"), &error), qPrintable(error));
    MainWindow window(m_clock);
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuFile"))->title(), QStringLiteral("&Datei"));
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuEdit"))->title(), QStringLiteral("&Bearbeiten"));
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuHelp"))->title(), QStringLiteral("&Hilfe"));
    const auto *agenda = window.findChild<AgendaView *>(QStringLiteral("followupsPage"));
    QVERIFY(agenda);
    QCOMPARE(agenda->title(), QStringLiteral("&Wiedervorlagen"));
    const auto *lost = window.findChild<LostDealsView *>(QStringLiteral("lostPage"));
    QVERIFY(lost);
    QCOMPARE(lost->title(), QStringLiteral("Ver&lorene Deals"));
    const auto *timeline = window.findChild<TimelineView *>(QStringLiteral("timelinePage"));
    QVERIFY(timeline);
    QCOMPARE(timeline->title(), QStringLiteral("Interessenten-&Verlauf"));
    QCOMPARE(timeline->showCombo()->itemText(0), QStringLiteral("Alles"));
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("sidebar"))->item(3)->text(),
        QStringLiteral("Verlorene Deals"));
    // Strings of the lower layers come through the same translator.
    QCOMPARE(enumLabel(Channel::Call), QStringLiteral("Anruf"));
    // Dates and numbers follow the chosen language too.
    QCOMPARE(QLocale().language(), QLocale::German);

    // scripts/deps.sh installs qt6-translations-l10n, which ships Qt's own German strings.
    QVERIFY2(
        QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")),
        "Qt's own German translation is missing: install qt6-translations-l10n");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslations::englishNeedsNoTranslation()
{
    QString error;
    QVERIFY(Translations::install(QStringLiteral("de"), &error));
    QVERIFY(Translations::install(QStringLiteral("en"), &error));
    MainWindow window(m_clock);
    QCOMPARE(window.findChild<QMenu *>(QStringLiteral("menuFile"))->title(), QStringLiteral("&File"));
}

void TestTranslations::unknownLanguageIsRefused()
{
    QString error;
    QVERIFY(!Translations::install(QStringLiteral("xx"), &error));
    QVERIFY2(error.contains(QLatin1String("xx")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("de")), qPrintable(error));
}

RIPEN_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
