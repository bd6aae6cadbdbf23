// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Ripen {

// Which Ripen field each column of an imported file feeds: guessed from the header, with presets for
// the exports of Pipedrive, HubSpot and Salesforce, a plain spreadsheet and Ripen's own export. One
// column may feed several fields (HubSpot's "Deal Stage" gives both the stage and the status).
class ImportMapping final
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
public:
    enum class Kind {
        Deals,
        Activities,
    };

    struct Preset
    {
        QString key; // for --preset: pipedrive, hubspot, salesforce, spreadsheet
        QString name; // shown in the wizard
        Kind kind = Kind::Deals;
        // header name as the product writes it -> the fields it feeds
        QList<std::pair<QString, QStringList>> columns;
    };

    // field -> column (0-based); a field at most once, a column as often as fields need it.
    using Columns = QMap<QString, int>;

    static QStringList fields(Kind kind);
    static const QList<Preset> &presets();
    static const Preset *preset(const QString &key);

    // The preset whose own header names make up most of header (at least half of its names, and at
    // least two), or none.
    static const Preset *detectPreset(const QStringList &header, Kind kind);
    // Each column's fields: the preset's names first (when given), then the field's own name and its
    // common synonyms, whatever the case, spacing and punctuation.
    static Columns guess(const QStringList &header, Kind kind, const Preset *preset = nullptr);
    // `field=column,field=column` of the command line; a column is a header name or a number from 1. An
    // unknown field or column is an error that names it.
    static Result<Columns> parse(const QString &map, const QStringList &header, Kind kind);

private:
    static QString normalised(const QString &name);
};

} // namespace Ripen
