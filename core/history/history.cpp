#include "history.h"

namespace Byline::Core {

QString Revision::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Save:
        return QStringLiteral("save");
    case Reason::Autosave:
        return QStringLiteral("autosave");
    case Reason::Named:
        return QStringLiteral("named");
    case Reason::Restore:
        return QStringLiteral("restore");
    case Reason::Commit:
        break;
    }
    return QStringLiteral("commit");
}

QString Revision::sourceName(Source source)
{
    return source == Source::Git ? QStringLiteral("git") : QStringLiteral("local");
}

} // namespace Byline::Core
