#include "syncreport.h"

#include <QJsonArray>

namespace Byline::Core {

int SyncReport::exitCode() const
{
    if (!ok())
        return 2;
    return suggestions.isEmpty() ? 0 : 1;
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject object {
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("sent"), QJsonArray::fromStringList(sent)},
        {QStringLiteral("commitsSent"), commitsSent},
        {QStringLiteral("received"), QJsonArray::fromStringList(received)},
        {QStringLiteral("from"), QJsonArray::fromStringList(from)},
        {QStringLiteral("merged"), QJsonArray::fromStringList(merged)},
        {QStringLiteral("suggestions"), QJsonArray::fromStringList(suggestions)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("offline"), offline},
        {QStringLiteral("cancelled"), cancelled},
    };
    if (!commitMessage.isEmpty())
        object.insert(QStringLiteral("commitMessage"), commitMessage.section(QLatin1Char('\n'), 0, 0));
    if (!ok())
        object.insert(QStringLiteral("error"), error);
    return object;
}

QString SyncReport::summary() const
{
    if (!ok())
        return error;
    QStringList parts;
    if (!sent.isEmpty())
        parts.append(tr("sent %n articles", nullptr, int(sent.size())));
    if (!received.isEmpty())
        parts.append(tr("received %n", nullptr, int(received.size())));
    if (!merged.isEmpty())
        parts.append(tr("%n merged by words", nullptr, int(merged.size())));
    if (!suggestions.isEmpty())
        parts.append(tr("%n now with suggestions to resolve", nullptr, int(suggestions.size())));
    if (parts.isEmpty())
        return tr("Up to date.");
    QString line = parts.join(QStringLiteral(" · "));
    line[0] = line[0].toUpper();
    return line + QLatin1Char('.');
}

} // namespace Byline::Core
