// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the application's SVG icon to the PNG sizes of the hicolor theme, for desktops
// and menus that do not draw SVG icons themselves.
//   ripen_rendericon ICON.svg NAME OUTDIR SIZE...   writes OUTDIR/SIZExSIZE/apps/NAME.png
// It reads the SVG through Qt's image plugin (libqt6svg6), so it needs no SVG development package.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 4) {
        err << "usage: ripen_rendericon ICON.svg NAME OUTDIR SIZE...\n";
        return 2;
    }
    const QString &svg = args.at(0);
    const QString &name = args.at(1);
    const QString &outDir = args.at(2);
    for (const QString &text : args.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "ripen_rendericon: size must be a whole number from 8 to 1024, not " << text << '\n';
            return 2;
        }
        QImageReader reader(svg);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            err << "ripen_rendericon: cannot read " << svg << ": " << reader.errorString()
                << " (is the SVG image plugin, libqt6svg6, installed?)\n";
            return 1;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        const QString file = dir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            err << "ripen_rendericon: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
