#pragma once

#include <QList>
#include <QString>

// The pathological Markdown of cmark's test/pathological_tests.py, plus the cases that Debian's
// cmark 0.30.2 is known to be slow on. Built at run time: some are megabytes long.
namespace HostileInputs {

struct Case
{
    const char *name;
    QString markdown;
};

inline QString repeat(const char *piece, int times)
{
    return QString::fromLatin1(piece).repeated(times);
}

inline QList<Case> all()
{
    QString nestedLists;
    for (int depth = 0; depth < 1000; ++depth)
        nestedLists += QString(qsizetype(depth) * 2, QLatin1Char(' ')) + QLatin1String("* a\n");
    QString backticks;
    for (int run = 1; run < 3000; ++run)
        backticks += QLatin1Char('e') + QString(run, QLatin1Char('`'));
    QString references;
    for (int i = 1; i < 50000; ++i)
        references += QStringLiteral("[%1]: u\n").arg(i);
    references += repeat("[0] ", 50000);

    return {
        {"nested strong emph", repeat("*a **a ", 65000) + QLatin1Char('b') + repeat(" a** a*", 65000)},
        {"many emph closers with no openers", repeat("a_ ", 65000)},
        {"many emph openers with no closers", repeat("_a ", 65000)},
        {"many link closers with no openers", repeat("a]", 65000)},
        {"many link openers with no closers", repeat("[a", 65000)},
        {"mismatched openers and closers", repeat("*a_ ", 50000)},
        {"openers and closers multiple of 3", QLatin1String("a**b") + repeat("c* ", 50000)},
        {"link openers and emph closers", repeat("[ a_", 50000)},
        {"hard link/emph case", QStringLiteral("**x [a*b**c*](d)")},
        {"nested brackets", repeat("[", 50000) + QLatin1Char('a') + repeat("]", 50000)},
        {"nested block quotes", repeat("> ", 50000) + QLatin1Char('a')},
        {"deeply nested lists", nestedLists},
        {"U+0000 in input", QStringLiteral("abc") + QChar(0) + QStringLiteral("de") + QChar(0)},
        {"backticks", backticks},
        {"unclosed links A", repeat("[a](<b", 50000)},
        {"unclosed links B", repeat("[a](b", 50000)},
        {"many references", references},
        // Slow in cmark 0.30.2 (seconds to minutes); last, so their abandoned renders disturb no other case.
        {"image openers", repeat("![[]()", 40000)},
        {"quotes then emphasis", repeat(">", 100000) + repeat("a*", 100000)},
    };
}

} // namespace HostileInputs
