#pragma once

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

// Columns for the revision store's tests and benchmark: a column of about 1,000 words of real
// prose (the sample articles' paragraphs, under front matter of its own), and the small edits a
// columnist makes between two saves. Real prose, not random words: it compresses as a column does.
namespace GeneratedColumn {

// The paragraphs of the sample articles, headings and front matter left out.
inline QStringList sampleParagraphs()
{
    QStringList paragraphs;
    const QDir samples(QStringLiteral(BYLINE_SAMPLES_DIR));
    for (const QString &name : samples.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype body = text.indexOf(QLatin1String("\n---\n"), 4);
        for (const QString &block : text.mid(body + 5).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            const QString paragraph = block.trimmed();
            if (paragraph.size() > 80 && !paragraph.startsWith(QLatin1Char('#')))
                paragraphs.append(paragraph);
        }
    }
    return paragraphs;
}

inline int wordsIn(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

// A paragraph of the samples with its words in another order: prose's words, a text of its own.
inline QString reworded(const QString &paragraph, QRandomGenerator &random)
{
    QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = words.size() - 1; i > 0; --i)
        words.swapItemsAt(i, random.bounded(i + 1));
    return words.join(QLatin1Char(' '));
}

// A column of at least `words` words: front matter, a headline, paragraphs of the samples in
// shuffled order; past the samples' length (a manuscript), their words reworded.
inline QString column(int words = 1000, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    const QStringList paragraphs = sampleParagraphs();
    QString text = QStringLiteral("---\ntitle: A Generated Column\nauthor: Maya Okafor\ndate: 2026-11-20\n"
                                  "status: draft\n---\n\n# A Generated Column\n\n");
    int count = 0;
    QList<int> unused;
    while (count < words && !paragraphs.isEmpty()) {
        if (unused.isEmpty()) {
            for (int i = 0; i < paragraphs.size(); ++i)
                unused.append(i);
        }
        const QString &paragraph = paragraphs.at(unused.takeAt(random.bounded(unused.size())));
        text += (count < 1000 ? paragraph : reworded(paragraph, random)) + QStringLiteral("\n\n");
        count += wordsIn(paragraph);
    }
    return text;
}

inline QString editedOnce(const QString &text, QRandomGenerator &random)
{
    const QStringList replacements
        = {QStringLiteral("quietly"), QStringLiteral("the council"), QStringLiteral("last winter"),
           QStringLiteral("nobody"),  QStringLiteral("a little"),    QStringLiteral("the river")};
    const qsizetype bodyStart = text.indexOf(QLatin1String("\n# ")) + 3;
    qsizetype at = bodyStart + random.bounded(text.size() - bodyStart - 1);
    while (at < text.size() && text.at(at) != QLatin1Char(' '))
        ++at;
    if (at >= text.size() - 1)
        return text + QStringLiteral("One more line.\n");
    qsizetype wordEnd = at + 1;
    while (wordEnd < text.size() && text.at(wordEnd).isLetter())
        ++wordEnd;
    QString result = text;
    switch (random.bounded(5)) {
    case 0:
    case 4: // a word changed
        result.replace(at + 1, wordEnd - at - 1, replacements.at(random.bounded(replacements.size())));
        break;
    case 1: // words inserted
        result.insert(at, QLatin1Char(' ') + replacements.at(random.bounded(replacements.size())));
        break;
    case 2: { // a sentence deleted
        const qsizetype stop = result.indexOf(QLatin1String(". "), at);
        if (stop > at && stop - at < 300)
            result.remove(at, stop - at + 1);
        break;
    }
    default: // a sentence added
        result.insert(at,
                      QStringLiteral(". It was %1, and %2 said so")
                          .arg(replacements.at(random.bounded(replacements.size())),
                               replacements.at(random.bounded(replacements.size()))));
        break;
    }
    return result;
}

// `text` after one small edit at a random place: a word changed, a word or two inserted, a
// sentence deleted or added, as between two saves of a column.
inline QString edited(const QString &text, QRandomGenerator &random)
{
    QString result = editedOnce(text, random);
    while (result == text)
        result = editedOnce(text, random);
    return result;
}

} // namespace GeneratedColumn
