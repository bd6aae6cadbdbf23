#include "enums.h"
#include "mainwindow.h"
#include "placeholderview.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
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

void TestTranslations::germanIsComplete()
{
    // Every string in the .ts has a German translation that is finished and not empty, so a German
    // user never meets an English sentence that merely nobody has translated.
    QFile file(QStringLiteral(RIPEN_SOURCE_DIR "/translations/ripen_de.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context, source;
    int messages = 0;
    QStringList missing;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue; // no longer in the sources, so never shown
            ++messages;
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
            const bool empty = numerus ? emptyForm : text.trimmed().isEmpty();
            if (type == QLatin1String("unfinished") || empty)
                missing << QStringLiteral("%1: “%2”%3")
                               .arg(context, source, empty ? QStringLiteral(" (empty)") : QString());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 German translations are unfinished or empty:\n  %3")
                       .arg(missing.size())
                       .arg(messages)
                       .arg(missing.mid(0, 40).join(QLatin1String("\n  ")))));
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
    const auto *page = window.findChild<PlaceholderView *>(QStringLiteral("timelinePage"));
    QVERIFY(page);
    QVERIFY2(page->message().contains(QLatin1String("noch nicht")), qPrintable(page->message()));
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
