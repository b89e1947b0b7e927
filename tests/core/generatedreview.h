#pragma once

// Documents for the review tests: generated ones with hundreds of marks of every kind, and the
// spec's own reading of accepting and rejecting them, an oracle independent of Byline's parser.
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

#include <review/reviewedits.h>

namespace Byline::Tests {

using Core::Attribution;
using Core::ReviewEdits;
using Decision = ReviewEdits::Decision;

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// The spec's reading, written from criticmarkup.com's reference expressions (non-greedy, across
// lines): every mark replaced by what accepting or rejecting it leaves, comments removed.
inline QString oracle(QString text, Decision decision)
{
    const bool accept = decision == Decision::Accept;
    const auto replace
        = [&text](const char *pattern, const std::function<QString(const QRegularExpressionMatch &)> &by) {
              static QHash<QString, QRegularExpression> cache;
              const QString key = QString::fromLatin1(pattern);
              auto it = cache.find(key);
              if (it == cache.end())
                  it = cache.insert(key, QRegularExpression(key, QRegularExpression::DotMatchesEverythingOption));
              QString out;
              qsizetype at = 0;
              for (auto matches = it->globalMatch(text); matches.hasNext();) {
                  const QRegularExpressionMatch match = matches.next();
                  out += QStringView(text).sliced(at, match.capturedStart() - at);
                  out += by(match);
                  at = match.capturedEnd();
              }
              out += QStringView(text).sliced(at);
              text = out;
          };
    // One pass over all kinds at once, as a mark's content is never read as another mark.
    replace(
        R"(\{\+\+(.*?)\+\+\}|\{--(.*?)--\}|\{~~((?:[^~>]|~(?!>))+)~>((?:[^~]|~(?!~\}))+)~~\}|\{>>(.*?)<<\}|\{==(.*?)==\})",
        [accept](const QRegularExpressionMatch &m) {
            if (m.capturedStart(1) >= 0)
                return accept ? m.captured(1) : QString();
            if (m.capturedStart(2) >= 0)
                return accept ? QString() : m.captured(2);
            if (m.capturedStart(3) >= 0)
                return accept ? m.captured(4) : m.captured(3);
            if (m.capturedStart(5) >= 0)
                return QString();
            return m.captured(6);
        });
    return text;
}

// Spacing aside: the oracle leaves a double space where a mark went between two spaces, Byline
// closes the seam.
inline QString words(const QString &text)
{
    static const QRegularExpression spaceBeforePunctuation(QStringLiteral(R"( +(?=[.,;:!?)\]\n]|$))"));
    QString result = text;
    result.replace(spaceBeforePunctuation, QString());
    return result.simplified();
}

inline const QStringList &vocabulary()
{
    static const QStringList list = QStringLiteral("the council met again on Tuesday and nobody said a word about the "
                                                   "buses ; which , frankly , was the story . a long night ended early")
                                        .split(QLatin1Char(' '));
    return list;
}

// A document of plain words and `marks` marks of every kind, by two reviewers, some with replies.
inline QString generated(int marks, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList &vocab = vocabulary();
    const auto phrase = [&](int atLeast) {
        QStringList taken;
        const int count = atLeast + int(random.bounded(4));
        for (int i = 0; i < count; ++i)
            taken.append(vocab.at(random.bounded(vocab.size())));
        return taken.join(QLatin1Char(' '));
    };
    const QStringList names = {QStringLiteral("Maya Okafor"), QStringLiteral("Ed Brooks")};
    QString text;
    for (int i = 0; i < marks; ++i) {
        text += phrase(1);
        text += random.bounded(8) == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
        const Attribution by {names.at(random.bounded(2)), utc("2026-11-20T10:04Z").addSecs(60 * i)};
        switch (random.bounded(6)) {
        case 0:
            text += QStringLiteral("{++") + phrase(1) + QStringLiteral("++}");
            break;
        case 1:
            text += QStringLiteral("{--") + phrase(1) + QStringLiteral("--}");
            break;
        case 2:
            text += QStringLiteral("{~~") + phrase(1) + QStringLiteral("~>") + phrase(1) + QStringLiteral("~~}");
            break;
        case 3:
            text += QStringLiteral("{==") + phrase(1) + QStringLiteral("==}");
            break;
        case 4:
            text += QStringLiteral("{++") + phrase(1) + QStringLiteral("\n\n") + phrase(1) + QStringLiteral("++}");
            break;
        default:
            break;
        }
        // Attribution, discussion and replies after some marks; a lone comment after plain text.
        for (int said = int(random.bounded(3)); said > 0; --said)
            text += ReviewEdits::commentMark(by, random.bounded(2) ? phrase(1) : QString());
        text += QLatin1Char(' ');
    }
    return text + phrase(1) + QLatin1Char('.');
}

} // namespace Byline::Tests
