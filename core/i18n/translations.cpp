#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace Byline::Core {

Q_LOGGING_CATEGORY(lcTranslations, "byline.core.translations", QtInfoMsg)

bool Translations::install(QCoreApplication *app, const QLocale &locale, const QString &folder)
{
    // Qt's first, so that Byline's own file wins where both translate the same text.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *byline = new QTranslator(app);
    const bool found = byline->load(locale, QStringLiteral("byline"), QStringLiteral("_"), folder);
    // Otherwise English, whose file holds the plural forms ("1 article", "3 articles").
    if (!found && !byline->load(QStringLiteral("byline_en"), QLatin1String(builtInFolder))) {
        delete byline;
        return false;
    }
    qCDebug(lcTranslations) << "using" << byline->filePath() << "for" << locale.uiLanguages();
    QCoreApplication::installTranslator(byline);
    return found;
}

} // namespace Byline::Core
