// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Ripen {

// Ripen's own translations are files (ripen_<code>.qm) installed in <prefix>/share/ripen/translations,
// where translators and packagers expect them; Qt's come from its installation and are used when
// present, so that its dialogs and messages match.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    // Where Ripen's .qm files are: $RIPEN_TRANSLATIONS_DIR when set (the tests), otherwise
    // ../share/ripen/translations from the executable, which holds for every install prefix and for
    // the build tree, which mirrors the installed layout. Works before the application object exists.
    static QString directory();
    // The languages Ripen speaks, as codes: "en" (the source language) and every installed translation.
    static QStringList availableLanguages();
    // Whether install() would accept language ("de", "de_DE", "de-AT" and "en" all count).
    static bool isAvailable(const QString &language);
    // language empty: follow the system locale. Replaces what an earlier call installed. A language
    // Ripen has no translation for is refused with a message naming the ones it has.
    static bool install(const QString &language, QString *errorMessage);
};

} // namespace Ripen
