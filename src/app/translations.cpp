// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Ripen {

namespace {

const auto kPrefix = QStringLiteral("ripen_");

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void add(std::unique_ptr<QTranslator> translator)
{
    // Parented to the application so that they live exactly as long as it.
    translator->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(translator.get());
    installed() << translator.release();
}

} // namespace

QString Translations::directory()
{
    const QString override = qEnvironmentVariable("RIPEN_TRANSLATIONS_DIR");
    if (!override.isEmpty())
        return override;
    // Application::run asks before it creates the application object (to choose between a window
    // and the console), when applicationDirPath() is not available yet; Linux tells it directly.
    const QString executableDir = QCoreApplication::instance()
        ? QCoreApplication::applicationDirPath()
        : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return QDir::cleanPath(executableDir + QLatin1Char('/') + QStringLiteral(RIPEN_TRANSLATIONS_FROM_BINDIR));
}

QStringList Translations::availableLanguages()
{
    QStringList languages { QStringLiteral("en") };
    const QStringList files = QDir(directory()).entryList({ kPrefix + QStringLiteral("*.qm") }, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(kPrefix.size()).chopped(3);
    languages.sort();
    languages.removeDuplicates();
    return languages;
}

namespace {

QString normalizedCode(const QString &language)
{
    return language.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace

bool Translations::isAvailable(const QString &language)
{
    const QString code = normalizedCode(language);
    const QStringList available = availableLanguages();
    return available.contains(code, Qt::CaseInsensitive)
        || available.contains(code.section(QLatin1Char('_'), 0, 0).toLower());
}

bool Translations::install(const QString &language, QString *errorMessage)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    QLocale locale;
    if (language.isEmpty() && locale.language() == QLocale::C) {
        // LANG=C (or unset) is no choice of the user's: write money and dates as English speakers
        // read them ("€12,500", not "12,500€").
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(locale);
    }
    if (!language.isEmpty()) {
        if (!isAvailable(language)) {
            if (errorMessage)
                *errorMessage = tr("Ripen has no translation for the language “%1”. Available: %2.")
                                    .arg(language, availableLanguages().join(QLatin1String(", ")));
            return false;
        }
        locale = QLocale(normalizedCode(language));
        // Dates and numbers follow the chosen language too, not only the words.
        QLocale::setDefault(locale);
    }

    // English is the source language: nothing to load, and Qt's English needs no translator either.
    if (!language.isEmpty() && locale.language() == QLocale::English)
        return true;
    auto ripen = std::make_unique<QTranslator>();
    if (ripen->load(locale, QStringLiteral("ripen"), QStringLiteral("_"), directory()))
        add(std::move(ripen));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        add(std::move(qt));
    return true;
}

} // namespace Ripen
