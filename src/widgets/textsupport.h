// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Ripen {

// "&Board" as a heading or a sidebar row reads "Board": "&&" is a literal ampersand, any other "&"
// only marks the mnemonic.
inline QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace Ripen
