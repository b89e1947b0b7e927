#include "theme.h"

#include <QApplication>
#include <QPalette>

namespace Byline::WidgetUi::Theme {

namespace {

QPalette systemPalette()
{
    static const QPalette palette = QApplication::palette(); // as the platform gave it, before any change
    return palette;
}

QPalette makePalette(bool dark)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor &active, const QColor &disabled) {
        p.setColor(QPalette::All, role, active);
        p.setColor(QPalette::Disabled, role, disabled);
    };
    if (dark) {
        set(QPalette::Window, QColor(0x2a, 0x2a, 0x2e), QColor(0x2a, 0x2a, 0x2e));
        set(QPalette::WindowText, QColor(0xe6, 0xe4, 0xdf), QColor(0x80, 0x80, 0x80));
        set(QPalette::Base, QColor(0x1e, 0x1e, 0x21), QColor(0x26, 0x26, 0x29));
        set(QPalette::AlternateBase, QColor(0x33, 0x33, 0x38), QColor(0x33, 0x33, 0x38));
        set(QPalette::Text, QColor(0xe6, 0xe4, 0xdf), QColor(0x80, 0x80, 0x80));
        set(QPalette::Button, QColor(0x35, 0x35, 0x3a), QColor(0x30, 0x30, 0x33));
        set(QPalette::ButtonText, QColor(0xe6, 0xe4, 0xdf), QColor(0x80, 0x80, 0x80));
        set(QPalette::Highlight, QColor(0x3d, 0x6a, 0xa8), QColor(0x44, 0x44, 0x48));
        set(QPalette::HighlightedText, Qt::white, QColor(0xa0, 0xa0, 0xa0));
        set(QPalette::Link, QColor(0x8a, 0xb4, 0xf8), QColor(0x70, 0x80, 0xa0));
        set(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9), QColor(0x80, 0x70, 0xa0));
        set(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x3a), QColor(0x35, 0x35, 0x3a));
        set(QPalette::ToolTipText, QColor(0xe6, 0xe4, 0xdf), QColor(0xe6, 0xe4, 0xdf));
        set(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90), QColor(0x70, 0x70, 0x70));
        set(QPalette::Mid, QColor(0x50, 0x50, 0x55), QColor(0x50, 0x50, 0x55));
        set(QPalette::Light, QColor(0x45, 0x45, 0x4a), QColor(0x45, 0x45, 0x4a));
        set(QPalette::Dark, QColor(0x18, 0x18, 0x1a), QColor(0x18, 0x18, 0x1a));
    } else {
        set(QPalette::Window, QColor(0xef, 0xed, 0xe8), QColor(0xef, 0xed, 0xe8));
        set(QPalette::WindowText, QColor(0x1d, 0x1b, 0x18), QColor(0x90, 0x90, 0x90));
        set(QPalette::Base, QColor(0xfd, 0xfc, 0xf9), QColor(0xf2, 0xf1, 0xee));
        set(QPalette::AlternateBase, QColor(0xf3, 0xf1, 0xec), QColor(0xf3, 0xf1, 0xec));
        set(QPalette::Text, QColor(0x1d, 0x1b, 0x18), QColor(0x90, 0x90, 0x90));
        set(QPalette::Button, QColor(0xe9, 0xe7, 0xe2), QColor(0xe9, 0xe7, 0xe2));
        set(QPalette::ButtonText, QColor(0x1d, 0x1b, 0x18), QColor(0x90, 0x90, 0x90));
        set(QPalette::Highlight, QColor(0x2f, 0x5f, 0xa7), QColor(0xc8, 0xc8, 0xc8));
        set(QPalette::HighlightedText, Qt::white, QColor(0x60, 0x60, 0x60));
        set(QPalette::Link, QColor(0x1a, 0x55, 0xb0), QColor(0x70, 0x80, 0xa0));
        set(QPalette::LinkVisited, QColor(0x6a, 0x35, 0x9c), QColor(0x80, 0x70, 0xa0));
        set(QPalette::PlaceholderText, QColor(0x80, 0x7c, 0x75), QColor(0xa0, 0xa0, 0xa0));
    }
    return p;
}

} // namespace

void apply(Settings::Theme theme)
{
    const QPalette original = systemPalette();
    switch (theme) {
    case Settings::Theme::System:
        QApplication::setPalette(original);
        break;
    case Settings::Theme::Light:
        QApplication::setPalette(makePalette(false));
        break;
    case Settings::Theme::Dark:
        QApplication::setPalette(makePalette(true));
        break;
    }
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace Byline::WidgetUi::Theme
