#include "frontmatterbackend.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace Byline::Core::FrontMatterBackend {

namespace {

// Anchors and aliases make YAML a graph: yaml-cpp shares an aliased node, but turning it into
// values copies it once per alias, so a few hundred bytes of nested aliases ("billion laughs")
// expand to gigabytes, and an alias inside its own anchor (`a: &x [*x]`) never ends. Conversion
// runs on a budget: at most as many values and characters as the text holds plus a fixed
// allowance for honest reuse (`editor: *author`), and no deeper than the parser itself allows.
// Past the budget it stops at once and the front matter is reported as too complex.
class Conversion
{
public:
    explicit Conversion(qsizetype textSize)
        : m_valuesLeft(textSize + 10'000)
        , m_charactersLeft(textSize + 1'000'000)
    { }

    struct TooComplex
    {
        QString reason;
    };

    QVariant toVariant(const YAML::Node &node)
    {
        if (--m_valuesLeft < 0)
            throw TooComplex {QStringLiteral("its aliases expand to more values than Byline reads")};
        switch (node.Type()) {
        case YAML::NodeType::Scalar: {
            m_charactersLeft -= qsizetype(node.Scalar().size());
            if (m_charactersLeft < 0)
                throw TooComplex {QStringLiteral("its aliases expand to more text than Byline reads")};
            return QString::fromStdString(node.Scalar());
        }
        case YAML::NodeType::Sequence: {
            enter(node);
            QVariantList list;
            for (const YAML::Node &item : node)
                list.append(toVariant(item));
            m_path.pop_back();
            return list;
        }
        case YAML::NodeType::Map: {
            enter(node);
            QVariantMap map;
            for (const auto &pair : node)
                map.insert(QString::fromStdString(pair.first.as<std::string>("")), toVariant(pair.second));
            m_path.pop_back();
            return map;
        }
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return {};
    }

private:
    static constexpr qsizetype maxDepth = 256;

    void enter(const YAML::Node &container)
    {
        if (qsizetype(m_path.size()) >= maxDepth) {
            const bool loop = std::any_of(m_path.cbegin(), m_path.cend(),
                                          [&container](const YAML::Node &outer) { return outer.is(container); });
            throw TooComplex {loop ? QStringLiteral("an alias refers to the value that contains it")
                                   : QStringLiteral("its values are nested too deeply")};
        }
        m_path.push_back(container);
    }

    qsizetype m_valuesLeft;
    qsizetype m_charactersLeft;
    std::vector<YAML::Node> m_path;
};

bool isCommentOrBlank(const QString &line)
{
    return line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#'));
}

void emitValue(YAML::Emitter &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList: {
        out << YAML::Flow << YAML::BeginSeq;
        for (const QString &item : value.toStringList())
            out << item.toStdString();
        out << YAML::EndSeq;
        break;
    }
    case QMetaType::QVariantList:
        out << YAML::BeginSeq;
        for (const QVariant &item : value.toList())
            emitValue(out, item);
        out << YAML::EndSeq;
        break;
    case QMetaType::QVariantMap: {
        out << YAML::BeginMap;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        out << value.toLongLong();
        break;
    case QMetaType::Double:
        out << value.toDouble();
        break;
    case QMetaType::Bool:
        out << value.toBool();
        break;
    case QMetaType::QDate:
        out << value.toDate().toString(Qt::ISODate).toStdString();
        break;
    case QMetaType::QDateTime:
        out << value.toDateTime().toString(Qt::ISODate).toStdString();
        break;
    case QMetaType::UnknownType:
        out << YAML::Null;
        break;
    default:
        out << value.toString().toStdString();
        break;
    }
}

// The 0-based line of the first thing in a block that is not a blank, a comment, a document marker or
// YAML's null, or -1 when there is none.
int firstLineOfContent(const QString &block)
{
    static const QStringList nothing {QStringLiteral("~"),    QStringLiteral("null"), QStringLiteral("Null"),
                                      QStringLiteral("NULL"), QStringLiteral("---"),  QStringLiteral("...")};
    const QStringList lines = block.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')) && !nothing.contains(line))
            return int(i);
    }
    return -1;
}

} // namespace

ParseOutcome parseYaml(const QString &block)
{
    ParseOutcome outcome;
    YAML::Node root;
    const std::string text = block.toStdString();
    try {
        root = YAML::Load(text);
    } catch (const YAML::DeepRecursion &e) {
        outcome.ok = false;
        outcome.tooComplex = true;
        outcome.errorLine = e.mark.line;
        outcome.error = QStringLiteral("its lists or maps are nested too deeply");
        return outcome;
    } catch (const YAML::ParserException &e) {
        outcome.ok = false;
        outcome.errorLine = e.mark.line;
        outcome.error = QString::fromStdString(e.msg);
        return outcome;
    } catch (const YAML::Exception &e) {
        outcome.ok = false;
        outcome.errorLine = e.mark.is_null() ? 0 : e.mark.line;
        outcome.error = QString::fromStdString(e.msg);
        return outcome;
    }
    if (root.IsNull()) {
        // An empty block is a valid, empty front matter; yaml-cpp also reads some stray punctuation
        // (a lone `,`) as nothing, which a save would then write over without a word.
        const int line = firstLineOfContent(block);
        if (line >= 0) {
            outcome.ok = false;
            outcome.errorLine = line;
            outcome.error = QStringLiteral("expected `key: value` lines, found `%1`")
                                .arg(block.section(QLatin1Char('\n'), line, line).trimmed());
        }
        return outcome;
    }
    if (!root.IsMap()) {
        outcome.ok = false;
        outcome.errorLine = root.Mark().is_null() ? 0 : root.Mark().line;
        outcome.error = QStringLiteral("expected `key: value` lines, found a %1")
                            .arg(root.IsSequence() ? QStringLiteral("list") : QStringLiteral("single value"));
        return outcome;
    }

    const QStringList lines = block.split(QLatin1Char('\n'));
    int previousLine = -1;
    Conversion conversion(qsizetype(text.size()));
    for (const auto &pair : root) {
        FrontMatter::Entry entry;
        try {
            entry.key = QString::fromStdString(pair.first.as<std::string>());
        } catch (const YAML::Exception &) {
            outcome.linesReliable = false; // a complex key: keep it, but never edit by lines
            continue;
        }
        entry.firstLine = pair.first.Mark().line;
        try {
            entry.value = conversion.toVariant(pair.second);
        } catch (const Conversion::TooComplex &tooComplex) {
            outcome.ok = false;
            outcome.tooComplex = true;
            outcome.errorLine = entry.firstLine;
            outcome.error = tooComplex.reason;
            outcome.entries.clear();
            return outcome;
        }
        if (pair.first.Mark().column != 0 || entry.firstLine <= previousLine)
            outcome.linesReliable = false;
        previousLine = entry.firstLine;
        outcome.entries.append(entry);
    }

    // Each key's text runs to the line before the next key, less the blank lines and comments
    // that stand before that next key (they belong to it, not to this value).
    int lastContentLine = int(lines.size()) - 1;
    while (lastContentLine >= 0 && lines.at(lastContentLine).isEmpty())
        --lastContentLine;
    for (qsizetype i = 0; i < outcome.entries.size(); ++i) {
        FrontMatter::Entry &entry = outcome.entries[i];
        int last = i + 1 < outcome.entries.size() ? outcome.entries.at(i + 1).firstLine - 1 : lastContentLine;
        while (last > entry.firstLine && isCommentOrBlank(lines.at(last)))
            --last;
        entry.lastLine = std::max(last, entry.firstLine);
    }
    return outcome;
}

QString emitYaml(const QString &key, const QVariant &value)
{
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << key.toStdString() << YAML::Value;
    emitValue(out, value);
    out << YAML::EndMap;
    return QString::fromUtf8(out.c_str()) + QLatin1Char('\n');
}

} // namespace Byline::Core::FrontMatterBackend
