#include "articlemerge.h"

#include "article.h"
#include "frontmatteredit.h"

#include <QCoreApplication>

#include <algorithm>

#include <review/diffsuggestions.h>
#include <review/worddiff.h>

namespace Byline::Core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ArticleMerge)
};

// One side's change to the base body: base[start, end) becomes `words`.
struct Edit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView words;
    bool ours = true;
};

std::vector<Edit> editsOf(QStringView base, QStringView side, bool ours)
{
    std::vector<Edit> edits;
    const WordDiff diff = WordDiff::compare(base, side);
    for (const WordDiff::Change &change : diff.changes())
        edits.push_back({change.before.start, change.before.end, change.after.of(side), ours});
    return edits;
}

// Whether two edits of different sides touch the same words: their ranges of the base overlap,
// or both add words at one place. An edit that ends where the other starts does not.
bool overlap(const Edit &a, const Edit &b)
{
    if (a.start == a.end && b.start == b.end)
        return a.start == b.start;
    return a.start < b.end && b.start < a.end;
}

// The base from `at` to each edit, then the edit's words: one side's version of a stretch.
QString applied(QStringView base, qsizetype from, qsizetype to, const std::vector<Edit> &edits, bool ours)
{
    QString out;
    qsizetype at = from;
    for (const Edit &edit : edits) {
        if (edit.ours != ours)
            continue;
        out += base.sliced(at, edit.start - at);
        out += edit.words;
        at = edit.end;
    }
    out += base.sliced(at, to - at);
    return out;
}

struct Bodies
{
    QString ours; // every conflict in our wording
    QString theirs; // every conflict in theirs
    qsizetype taken = 0;
    qsizetype conflicts = 0;
};

Bodies mergeBodies(QStringView base, QStringView ours, QStringView theirs)
{
    std::vector<Edit> edits = editsOf(base, ours, true);
    const std::vector<Edit> theirEdits = editsOf(base, theirs, false);
    edits.insert(edits.end(), theirEdits.cbegin(), theirEdits.cend());
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return std::pair(a.start, a.end) < std::pair(b.start, b.end);
    });

    Bodies merged;
    qsizetype at = 0;
    for (std::size_t k = 0; k < edits.size();) {
        // A cluster: the edits that reach into one another's words, through any chain of them.
        std::size_t next = k + 1;
        const qsizetype start = edits[k].start;
        qsizetype end = edits[k].end;
        bool bothSides = false;
        for (; next < edits.size(); ++next) {
            const Edit &candidate = edits[next];
            const bool touches = candidate.start < end
                || std::any_of(edits.cbegin() + qsizetype(k), edits.cbegin() + qsizetype(next),
                               [&](const Edit &e) { return e.ours != candidate.ours && overlap(e, candidate); });
            if (!touches)
                break;
            bothSides = bothSides || candidate.ours != edits[k].ours;
            end = std::max(end, candidate.end);
        }
        const std::vector<Edit> cluster(edits.cbegin() + qsizetype(k), edits.cbegin() + qsizetype(next));
        const QStringView common = base.sliced(at, start - at);
        merged.ours += common;
        merged.theirs += common;
        const QString oursVersion = applied(base, start, end, cluster, true);
        const QString theirsVersion = applied(base, start, end, cluster, false);
        if (!bothSides) {
            // One side's edits alone: the other side's version of the stretch is the base.
            const QString &taken = cluster.front().ours ? oursVersion : theirsVersion;
            merged.ours += taken;
            merged.theirs += taken;
            merged.taken += qsizetype(cluster.size());
        } else if (oursVersion == theirsVersion) {
            merged.ours += oursVersion;
            merged.theirs += oursVersion;
            ++merged.taken;
        } else {
            merged.ours += oursVersion;
            merged.theirs += theirsVersion;
            ++merged.conflicts;
        }
        at = end;
        k = next;
    }
    const QStringView rest = base.sliced(at);
    merged.ours += rest;
    merged.theirs += rest;
    return merged;
}

// Each suggestion of theirs gets a reply from us, so the review panel names both writers: theirs
// made the suggestion, ours the wording it would replace. Only where their attribution is new to
// the text (else the reply could land on an older suggestion of theirs); a reply is a comment,
// so accepting or rejecting the suggestion removes it with it.
QString withReplies(const QString &marked, const QString &ourVersion, const Attribution &ours,
                    const Attribution &theirs)
{
    if (ours.isEmpty() || theirs.isEmpty())
        return marked;
    const QString signature = QStringLiteral("{>>") + theirs.toText() + QStringLiteral("<<}");
    if (ourVersion.contains(signature))
        return marked;
    const QString reply = QStringLiteral("{>>") + ours.toText() + QStringLiteral(": ")
        + Text::tr("We both changed these words; my wording stands until this suggestion is accepted or rejected.")
        + QStringLiteral("<<}");
    QString text = marked;
    return text.replace(signature, signature + reply);
}

} // namespace

ArticleMerge::Versions ArticleMerge::versions(const QString &base, const Side &ours, const Side &theirs, Result &result)
{
    const qsizetype baseBody = DiffSuggestions::bodyStart(base);
    const qsizetype ourBody = DiffSuggestions::bodyStart(ours.text);
    const qsizetype theirBody = DiffSuggestions::bodyStart(theirs.text);
    const Bodies bodies = mergeBodies(QStringView(base).sliced(baseBody), QStringView(ours.text).sliced(ourBody),
                                      QStringView(theirs.text).sliced(theirBody));
    result.taken = bodies.taken;
    result.conflicts = bodies.conflicts;

    // The front matter: ours, with each key they changed and we did not taken from theirs.
    QString head = ours.text.first(ourBody);
    const QString baseHead = base.first(baseBody);
    const QString theirHead = theirs.text.first(theirBody);
    if (theirHead != baseHead && theirHead != head) {
        if (head == baseHead) {
            head = theirHead;
        } else {
            const FrontMatter was = Article::fromText(baseHead).frontMatter();
            const FrontMatter mine = Article::fromText(head).frontMatter();
            const FrontMatter yours = Article::fromText(theirHead).frontMatter();
            QStringList keys = was.keys() + yours.keys();
            keys.removeDuplicates();
            const bool theirsLater = theirs.by.time > ours.by.time;
            const FrontMatterEdit::Result edited
                = FrontMatterEdit::edit(head, QStringLiteral("article.md"), [&](FrontMatter &merged) {
                      for (const QString &key : std::as_const(keys)) {
                          const QVariant before = was.value(key);
                          const QVariant theirValue = yours.value(key);
                          const QVariant ourValue = mine.value(key);
                          if (theirValue == before || theirValue == ourValue)
                              continue;
                          if (ourValue != before) {
                              const Attribution &kept = theirsLater ? theirs.by : ours.by;
                              result.notes.append(
                                  Text::tr("both changed “%1”; the later change, %2’s, is kept")
                                      .arg(key, kept.reviewer.isEmpty() ? Text::tr("unnamed") : kept.reviewer));
                              if (!theirsLater)
                                  continue;
                          }
                          if (theirValue.isValid())
                              merged.setValue(key, theirValue);
                          else
                              merged.remove(key);
                      }
                  });
            if (!edited.ok()) {
                result.error = Text::tr("the front matter of one draft cannot be read (%1), so the drafts were "
                                        "not merged; both are kept")
                                   .arg(edited.detail);
                return {};
            }
            head = edited.appliedTo(head);
        }
    }
    return {head + bodies.ours, head + bodies.theirs};
}

ArticleMerge::Result ArticleMerge::merge(const QString &base, const Side &ours, const Side &theirs)
{
    Result result;
    const auto [ourVersion, theirVersion] = versions(base, ours, theirs, result);
    if (!result.ok())
        return result;
    if (result.conflicts == 0) {
        result.text = ourVersion;
        return result;
    }
    const DiffSuggestions::Result marked = DiffSuggestions::make(ourVersion, theirVersion, theirs.by);
    if (!marked.ok()) {
        result.error = Text::tr("the drafts change the same words in a way that cannot be shown as suggestions "
                                "(%1); both are kept")
                           .arg(marked.error);
        return result;
    }
    result.text = withReplies(marked.text, ourVersion, ours.by, theirs.by);
    return result;
}

ArticleMerge::Result ArticleMerge::intoDraft(const QString &base, const Side &draft, const Side &theirs)
{
    Result result;
    const auto [ourVersion, theirVersion] = versions(base, draft, theirs, result);
    if (!result.ok())
        return result;
    if (theirVersion == draft.text) {
        result.text = draft.text;
        return result;
    }
    const DiffSuggestions::Result marked = DiffSuggestions::make(draft.text, theirVersion, theirs.by);
    if (!marked.ok()) {
        result.error = Text::tr("their changes cannot be shown as suggestions in your text (%1); the saved file "
                                "has them, and your text is as you left it")
                           .arg(marked.error);
        return result;
    }
    result.text = marked.text;
    result.conflicts = marked.suggestions;
    return result;
}

} // namespace Byline::Core
