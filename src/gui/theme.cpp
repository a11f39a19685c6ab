#include "theme.h"

#include "icons.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Broadsheet {

namespace {

QPalette &systemPalette()
{
    static QPalette palette;
    return palette;
}

bool s_remembered = false;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette sepiaPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    const QColor paper(0xf4, 0xec, 0xd8);
    const QColor window(0xea, 0xe0, 0xc8);
    const QColor ink(0x3b, 0x2f, 0x22);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, paper);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::Text, ink);
    p.setColor(QPalette::WindowText, ink);
    p.setColor(QPalette::ButtonText, ink);
    p.setColor(QPalette::Highlight, QColor(0xa0, 0x6b, 0x3b));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

void Theme::rememberSystemPalette()
{
    if (!s_remembered) {
        systemPalette() = QApplication::palette();
        s_remembered = true;
    }
}

Theme::Look Theme::resolve(Settings::Theme choice)
{
    switch (choice) {
    case Settings::Theme::Light:
        return Look::Light;
    case Settings::Theme::Dark:
        return Look::Dark;
    case Settings::Theme::Sepia:
        return Look::Sepia;
    case Settings::Theme::System:
        break;
    }
    // Qt 6.4 has no colour-scheme hint: a dark window colour means a dark desktop.
    const QPalette &palette = s_remembered ? systemPalette() : QApplication::palette();
    return palette.color(QPalette::Window).lightness() < 128 ? Look::Dark : Look::Light;
}

void Theme::apply(Look look)
{
    rememberSystemPalette();
    Icons::setDarkBackground(look == Look::Dark);
    switch (look) {
    case Look::Light:
        QApplication::setPalette(systemPalette().color(QPalette::Window).lightness() < 128
                                     ? QApplication::style()->standardPalette()
                                     : systemPalette());
        break;
    case Look::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Look::Sepia:
        QApplication::setPalette(sepiaPalette());
        break;
    }
}

Theme::ReadingColors Theme::readingColors(Look look)
{
    switch (look) {
    case Look::Dark:
        return {QColor(0x1f, 0x21, 0x24), QColor(0xe3, 0xe1, 0xdc), QColor(0x9a, 0xa0, 0xa8),
                QColor(0xe0, 0x6c, 0x5c), QColor(0x2a, 0x2d, 0x32), QColor(0x6b, 0x5b, 0x1f),
                QColor(0xc2, 0x7c, 0x0e), QColor(0x26, 0x36, 0x4a)};
    case Look::Sepia:
        return {QColor(0xf4, 0xec, 0xd8), QColor(0x3b, 0x2f, 0x22), QColor(0x7a, 0x68, 0x52),
                QColor(0x9b, 0x3a, 0x22), QColor(0xea, 0xdf, 0xc4), QColor(0xf0, 0xd8, 0x7a),
                QColor(0xf2, 0x9b, 0x38), QColor(0xdc, 0xe0, 0xcc)};
    case Look::Light:
        break;
    }
    return {QColor(0xfd, 0xfd, 0xfb), QColor(0x1a, 0x1a, 0x1a), QColor(0x6b, 0x6b, 0x6b),
            QColor(0x9b, 0x1c, 0x1c), QColor(0xf2, 0xf0, 0xeb), QColor(0xff, 0xec, 0x8b),
            QColor(0xff, 0x9f, 0x43), QColor(0xe1, 0xec, 0xfa)};
}

Theme::RoleStyle Theme::sourceRoleStyle(SourceLineInfo::Role role, Look look)
{
    using Role = SourceLineInfo::Role;
    const bool dark = look == Look::Dark;
    const ReadingColors page = readingColors(look);
    // Two of each: for a light page (light and sepia), then for a dark one.
    const auto pick = [dark](QRgb light, QRgb onDark) {
        return QColor::fromRgb(dark ? onDark : light);
    };
    RoleStyle style{page.text, {}};
    switch (role) {
    case Role::Blank:
    case Role::Body:
        break;
    case Role::Masthead:
        style = {pick(0x7a1f1f, 0xf0a29a), pick(0xf6e3e0, 0x3a2624), true};
        break;
    case Role::PageMarker:
        style = {pick(0x1d3f73, 0xb9d2f5), pick(0xdde7f5, 0x243449), true};
        break;
    case Role::Banner:
        style = {pick(0x5b2a86, 0xcfb2ef), pick(0xece3f5, 0x33284a), true};
        break;
    case Role::Group:
        style = {pick(0x5b2a86, 0xcfb2ef), {}, true, true};
        break;
    case Role::Kicker:
        style = {pick(0x9a5a00, 0xf2bf6b), {}};
        break;
    case Role::Title:
        style = {pick(0x9b1c1c, 0xff8f80), {}, true};
        break;
    case Role::Subtitle:
        style = {pick(0xb0452a, 0xf5a98f), {}};
        break;
    case Role::Byline:
        style = {pick(0x2e6b30, 0x8fd694), {}};
        break;
    case Role::Caption:
        style = {pick(0x0f6470, 0x7fd3de), page.caption, false, true};
        break;
    case Role::Credit:
        style = {pick(0x55616e, 0xa9b4c0), {}, false, true};
        break;
    case Role::Unplaced:
        style = {pick(0xa4161a, 0xff9a9a), pick(0xfde2e1, 0x4a2222)};
        break;
    case Role::Dropped:
        style = {page.muted, {}, false, false, true};
        break;
    }
    return style;
}

} // namespace Broadsheet
