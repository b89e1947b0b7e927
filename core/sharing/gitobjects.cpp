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

std::optional<git_oid> blobIn(git_commit *commit, const QByteArray &path)
{
    git_tree *raw = nullptr;
    if (!commit || git_commit_tree(&raw, commit) != 0)
        return std::nullopt;
    const Tree tree(raw);
    git_tree_entry *entry = nullptr;
    if (git_tree_entry_bypath(&entry, raw, path.constData()) != 0)
        return std::nullopt;
    const git_oid id = *git_tree_entry_id(entry);
    git_tree_entry_free(entry);
    return id;
}

int lastErrorClass()
{
    const git_error *error = git_error_last();
    return error ? error->klass : GIT_ERROR_NONE;
}

} // namespace Byline::Core::Git
