#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Byline::Core::Translations {

// Where the compiled translations live: resources/translations/byline_<language>.ts, built into
// the program by qt_add_translations.
inline constexpr auto builtInFolder = ":/byline/i18n";

// Installs on `app` the translation of Byline's texts that best matches `locale` (its languages
// in the user's order of preference, then their countries dropped), and Qt's own translation for
// the standard buttons and dialogs. Returns false when Byline has none for any of those languages;
// the texts then stay in English (with English plurals).
bool install(QCoreApplication *app, const QLocale &locale = QLocale(),
             const QString &folder = QLatin1String(builtInFolder));

} // namespace Byline::Core::Translations
