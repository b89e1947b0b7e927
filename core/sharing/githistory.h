#pragma once

#include <QCoreApplication>

#include <memory>

#include <history/history.h>

struct git_repository;

namespace Byline::Core {

// An article's git history as revisions: every commit of the shared library that changed it,
// newest first, with its author, time and message; followed across renames. What the window's
// revisions and compare views list beside Byline's own revisions. Belongs to the thread that
// opened it.
class GitHistory final : public HistorySource
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::GitHistory)

public:
    // Commits looked at for one article at most (a library's whole history can be long).
    static constexpr int maxCommitsWalked = 20000;

    // The history of the repository holding `filePath`; nothing when it is in none.
    [[nodiscard]] static std::unique_ptr<GitHistory> forFile(const QString &filePath);
    ~GitHistory() override;
    GitHistory(const GitHistory &) = delete;
    GitHistory &operator=(const GitHistory &) = delete;

    [[nodiscard]] QList<Revision> revisions(const QString &filePath) const override;
    [[nodiscard]] std::optional<QString> text(const QString &filePath, const QString &revisionId,
                                              QString *error) const override;
    [[nodiscard]] Revision::Source kind() const override { return Revision::Source::Git; }
    [[nodiscard]] QString name() const override { return tr("the library's git history"); }

private:
    GitHistory(git_repository *repository, const QString &root);
    [[nodiscard]] QString relative(const QString &filePath) const;

    git_repository *m_repository;
    QString m_root;
};

} // namespace Byline::Core
