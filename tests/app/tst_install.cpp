// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamReader>

// Installs the build with `cmake --install` into a temporary prefix and checks it as a desktop would:
// every file where a Linux desktop looks for it, metadata its validators accept, and an installed
// binary that finds its translations with no help from the build tree.
class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installsExactlyTheDesktopFiles();
    void iconsHaveTheirSizes_data();
    void iconsHaveTheirSizes();
    void desktopFileIsValid();
    void metainfoIsValid();
    void installedBinaryFindsItsTranslations();
    void installedBinaryTakesAScreenshot();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    Ripen::Test::ProgramRun run(const QString &program, const QStringList &arguments);
    // Runs the installed ripen as a user would: without the variable that points the tests at the
    // build tree's translations.
    Ripen::Test::ProgramRun ripen(const QStringList &arguments);

    QTemporaryDir m_prefix;
    QTemporaryDir m_home;
};

namespace {

const auto kAppId = QStringLiteral("io.github.ripen.Ripen");
const QList<int> kIconSizes { 16, 22, 24, 32, 48, 64, 128, 256 };

} // namespace

Ripen::Test::ProgramRun TestInstall::run(const QString &program, const QStringList &arguments)
{
    return Ripen::Test::runProgram(program, arguments, m_home.path());
}

Ripen::Test::ProgramRun TestInstall::ripen(const QStringList &arguments)
{
    return Ripen::Test::runProgram(installed(QStringLiteral("bin/ripen")), arguments, m_home.path(),
        { QStringLiteral("RIPEN_TRANSLATIONS_DIR") });
}

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    QVERIFY(m_home.isValid());
    const auto install = run(QStringLiteral(RIPEN_CMAKE_COMMAND),
        { QStringLiteral("--install"), QStringLiteral(RIPEN_BUILD_DIR), QStringLiteral("--prefix"),
            m_prefix.path() });
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
}

void TestInstall::installsExactlyTheDesktopFiles()
{
    QStringList expected { QStringLiteral("bin/ripen"),
        QStringLiteral("share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId),
        QStringLiteral("share/ripen/translations/ripen_de.qm") };
    for (int size : kIconSizes)
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId);
    QStringList files;
    QDirIterator it(m_prefix.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(m_prefix.path()).relativeFilePath(it.next());
    // Nothing more either: no tests, benchmarks, build tools or static libraries.
    files.sort();
    expected.sort();
    QCOMPARE(files, expected);
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/ripen"))).isExecutable());
}

void TestInstall::iconsHaveTheirSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : kIconSizes)
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstall::iconsHaveTheirSizes()
{
    QFETCH(int, size);
    const QImage icon(
        installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId)));
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.size(), QSize(size, size));
    QVERIFY(icon.hasAlphaChannel());
    // The strawberry, not an empty square: the centre is opaque, a corner transparent.
    QCOMPARE(qAlpha(icon.pixel(size / 2, size * 3 / 4)), 255);
    QCOMPARE(qAlpha(icon.pixel(0, size - 1)), 0);
}

void TestInstall::desktopFileIsValid()
{
    const auto check = run(QStringLiteral("desktop-file-validate"),
        { installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId)) });
    QVERIFY2(check.exitCode == 0,
        "desktop-file-validate is missing (scripts/deps.sh --test installs it) or failed");
    // It prints nothing at all for a file without errors, warnings or hints.
    QVERIFY2(
        check.out.trimmed().isEmpty() && check.err.trimmed().isEmpty(), qPrintable(check.out + check.err));

    QFile file(installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The launcher starts the installed binary and shows the installed icon.
    QVERIFY(text.contains(QLatin1String("\nExec=ripen")));
    QVERIFY(text.contains(QStringLiteral("\nIcon=%1\n").arg(kAppId)));
}

void TestInstall::metainfoIsValid()
{
    const QString path = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
    const auto check = run(
        QStringLiteral("appstreamcli"), { QStringLiteral("validate"), QStringLiteral("--no-net"), path });
    QVERIFY2(check.exitCode == 0,
        qPrintable(
            QStringLiteral("appstreamcli (scripts/deps.sh --test installs it): ") + check.out + check.err));
    QVERIFY2(check.out.contains(QLatin1String("Validation was successful")), qPrintable(check.out));
    // Warnings and infos would pass the exit code; only pedantic remarks are allowed through.
    QVERIFY2(!check.out.contains(
                 QRegularExpression(QStringLiteral("^[WEI]: "), QRegularExpression::MultilineOption)),
        qPrintable(check.out));

    // The software centre shows the version the binary reports, and launches the installed desktop file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString newestRelease, launchable;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("release") && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
    }
    QCOMPARE(newestRelease, QStringLiteral(RIPEN_VERSION));
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    const auto version = ripen({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(RIPEN_VERSION)), qPrintable(version.out));
}

void TestInstall::installedBinaryFindsItsTranslations()
{
    auto help = ripen({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("statt der Systemsprache")), qPrintable(help.out));
    // The list of languages comes from the installed folder as well.
    const auto refused = ripen({ QStringLiteral("--lang"), QStringLiteral("xx") });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("de, en")), qPrintable(refused.err));

    // Without its translations beside it, the binary speaks English and offers only English.
    QVERIFY(QFile::rename(installed(QStringLiteral("share/ripen/translations/ripen_de.qm")),
        installed(QStringLiteral("ripen_de.qm.away"))));
    help = ripen({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
    QVERIFY(QFile::rename(installed(QStringLiteral("ripen_de.qm.away")),
        installed(QStringLiteral("share/ripen/translations/ripen_de.qm"))));
    QCOMPARE(help.exitCode, 2);
    QVERIFY2(help.err.contains(QLatin1String("Available: en")), qPrintable(help.err));
}

void TestInstall::installedBinaryTakesAScreenshot()
{
    const QString png = m_home.filePath(QStringLiteral("installed.png"));
    const auto shot = ripen({ QStringLiteral("--database"), m_home.filePath(QStringLiteral("p.sqlite")),
        QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--screenshot"), png });
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    QCOMPARE(QImage(png).size(), QSize(1280, 800));
}

RIPEN_CORE_TEST_MAIN(TestInstall)
#include "tst_install.moc"
