#pragma once

// Shared by the widget tests: a private settings folder, and typing text the
// way an input method delivers it (QTest::keyClicks cannot type Chinese).

#include <QCoreApplication>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTest>

namespace GuiTest {

// Settings of the tests never touch the user's.
inline void isolateSettings(const QTemporaryDir &dir)
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("BroadsheetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("broadsheet-tests"));
}

inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

inline QString seedPath()
{
    return QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt");
}

} // namespace GuiTest
