// Renders the application's SVG icon at the sizes of the hicolor icon theme, at
// build time, with Qt's own SVG support (no other tool needed).
//   render_icons ICON.svg OUTPUT_FOLDER SIZE...
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: render_icons ICON.svg OUTPUT_FOLDER SIZE...\n");
        return 2;
    }
    for (const QString &size : arguments.mid(3)) {
        const int pixels = size.toInt();
        QImageReader reader(arguments[1], "svg");
        reader.setScaledSize(QSize(pixels, pixels));
        const QImage image = reader.read();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments[2]).arg(pixels);
        QDir().mkpath(folder);
        if (image.isNull() || !image.save(folder + QStringLiteral("/org.broadsheet.Broadsheet.png"))) {
            std::fprintf(stderr, "render_icons: %s\n", qPrintable(reader.errorString()));
            return 1;
        }
    }
    return 0;
}
