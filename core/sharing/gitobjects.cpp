#include "gitobjects.h"

#include <QFile>

#include <mutex>

namespace Byline::Core::Git {

void initialize()
{
    static std::once_flag once;
    std::call_once(once, [] { git_libgit2_init(); });
}

QString lastError(const QString &fallback)
{
    const git_error *error = git_error_last();
    if (!error || !error->message || !*error->message)
        return fallback;
    return QString::fromUtf8(error->message);
}

bool writeState(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        file.remove();
        return false;
    }
    file.close();
    QFile::remove(path);
    return QFile::rename(temporary, path);
}

int lastErrorClass()
{
    const git_error *error = git_error_last();
    return error ? error->klass : GIT_ERROR_NONE;
}

} // namespace Byline::Core::Git
