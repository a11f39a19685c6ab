#include "icons.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPixmap>

namespace Broadsheet {

namespace {

bool s_dark = false;
QHash<QString, QIcon> &cache()
{
    static QHash<QString, QIcon> icons;
    return icons;
}

// The neutral ink of the icons, and what it becomes on a dark background.
constexpr char kInk[] = "#4a5568";
constexpr char kInkOnDark[] = "#cbd5e0";

} // namespace

QIcon Icons::get(const QString &name)
{
    auto it = cache().constFind(name);
    if (it != cache().constEnd())
        return *it;
    QFile file(QStringLiteral(":/broadsheet/icons/%1.svg").arg(name));
    QIcon icon;
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray svg = file.readAll();
        if (s_dark)
            svg.replace(kInk, kInkOnDark);
        for (int size : {16, 24, 32, 48, 64}) {
            QBuffer buffer(&svg);
            QImageReader reader(&buffer, "svg");
            reader.setScaledSize(QSize(size, size));
            const QImage image = reader.read();
            if (!image.isNull())
                icon.addPixmap(QPixmap::fromImage(image));
        }
    }
    cache().insert(name, icon);
    return icon;
}

QIcon Icons::forKind(ArticleKind kind)
{
    return get(QStringLiteral("kind-") + kindName(kind));
}

void Icons::setDarkBackground(bool dark)
{
    if (dark != s_dark) {
        s_dark = dark;
        cache().clear();
    }
}

} // namespace Broadsheet
