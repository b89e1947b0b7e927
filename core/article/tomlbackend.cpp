#include "frontmatterbackend.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <sstream>

#include <toml++/toml.h>

namespace Byline::Core::FrontMatterBackend {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QDate toQDate(const toml::date &date)
{
    return {int(date.year), int(date.month), int(date.day)};
}

QTime toQTime(const toml::time &time)
{
    return {int(time.hour), int(time.minute), int(time.second), int(time.nanosecond / 1000000)};
}

QVariant toVariant(const toml::node &node)
{
    if (const auto *text = node.as_string())
        return fromStd(text->get());
    if (const auto *integer = node.as_integer())
        return qint64(integer->get());
    if (const auto *floating = node.as_floating_point())
        return floating->get();
    if (const auto *boolean = node.as_boolean())
        return boolean->get();
    if (const auto *date = node.as_date())
        return toQDate(date->get());
    if (const auto *time = node.as_time())
        return toQTime(time->get());
    if (const auto *dateTime = node.as_date_time()) {
        const toml::date_time &value = dateTime->get();
        if (value.offset)
            return QDateTime(toQDate(value.date), toQTime(value.time), QTimeZone(value.offset->minutes * 60));
        return QDateTime(toQDate(value.date), toQTime(value.time));
    }
    if (const auto *array = node.as_array()) {
        QVariantList list;
        for (const toml::node &item : *array)
            list.append(toVariant(item));
        return list;
    }
    if (const auto *table = node.as_table()) {
        QVariantMap map;
        for (const auto &[key, item] : *table)
            map.insert(fromStd(key.str()), toVariant(item));
        return map;
    }
    return {};
}

toml::date toTomlDate(const QDate &date)
{
    return {date.year(), unsigned(date.month()), unsigned(date.day())};
}

void insertValue(toml::table &table, const std::string &key, const QVariant &value);

toml::array toTomlArray(const QVariantList &list)
{
    toml::array array;
    for (const QVariant &item : list) {
        toml::table holder;
        insertValue(holder, "v", item);
        if (toml::node *node = holder.get("v"))
            array.push_back(std::move(*node));
    }
    return array;
}

void insertValue(toml::table &table, const std::string &key, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList: {
        toml::array array;
        for (const QString &item : value.toStringList())
            array.push_back(item.toStdString());
        table.insert_or_assign(key, std::move(array));
        break;
    }
    case QMetaType::QVariantList:
        table.insert_or_assign(key, toTomlArray(value.toList()));
        break;
    case QMetaType::QVariantMap: {
        toml::table inner;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            insertValue(inner, it.key().toStdString(), it.value());
        table.insert_or_assign(key, std::move(inner));
        break;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        table.insert_or_assign(key, int64_t(value.toLongLong()));
        break;
    case QMetaType::Double:
        table.insert_or_assign(key, value.toDouble());
        break;
    case QMetaType::Bool:
        table.insert_or_assign(key, value.toBool());
        break;
    case QMetaType::QDate:
        table.insert_or_assign(key, toTomlDate(value.toDate()));
        break;
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        const QTime time = dateTime.time();
        toml::date_time out(toTomlDate(dateTime.date()),
                            toml::time(unsigned(time.hour()), unsigned(time.minute()), unsigned(time.second())));
        if (dateTime.timeSpec() != Qt::LocalTime)
            out.offset = toml::time_offset(0, dateTime.offsetFromUtc() / 60);
        table.insert_or_assign(key, out);
        break;
    }
    default:
        table.insert_or_assign(key, value.toString().toStdString());
        break;
    }
}

} // namespace

ParseOutcome parseToml(const QString &block)
{
    ParseOutcome outcome;
    const std::string source = block.toStdString();
    toml::table root;
    try {
        root = toml::parse(source);
    } catch (const toml::parse_error &e) {
        outcome.ok = false;
        outcome.errorLine = int(e.source().begin.line) - 1;
        outcome.error = fromStd(e.description());
        return outcome;
    }
    for (const auto &[key, node] : root) {
        FrontMatter::Entry entry;
        entry.key = fromStd(key.str());
        entry.value = toVariant(node);
        entry.isTable = node.is_table() || node.is_array_of_tables();
        const int keyLine = int(key.source().begin.line) - 1;
        const int valueStart = int(node.source().begin.line) - 1;
        entry.firstLine = keyLine >= 0 ? keyLine : valueStart;
        entry.lastLine = std::max(entry.firstLine, int(node.source().end.line) - 1);
        outcome.entries.append(entry);
    }
    // toml++ tables are sorted by key; the file's order is the order of their lines.
    std::sort(outcome.entries.begin(), outcome.entries.end(),
              [](const FrontMatter::Entry &a, const FrontMatter::Entry &b) { return a.firstLine < b.firstLine; });
    for (const FrontMatter::Entry &entry : std::as_const(outcome.entries)) {
        // A dotted key or a table spread over several headers has no single span of lines.
        if (entry.isTable || entry.firstLine < 0)
            outcome.linesReliable = outcome.linesReliable && entry.firstLine >= 0;
    }
    return outcome;
}

QString emitToml(const QString &key, const QVariant &value)
{
    toml::table table;
    insertValue(table, key.toStdString(), value);
    std::ostringstream out;
    // Basic "…" strings, as hand-written front matter uses, rather than toml++'s default '…'.
    out << toml::toml_formatter(table,
                                toml::toml_formatter::default_flags & ~toml::format_flags::allow_literal_strings);
    return QString::fromStdString(out.str()) + QLatin1Char('\n');
}

} // namespace Byline::Core::FrontMatterBackend
