#include "frontmatterdiff.h"

#include "frontmatter.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace Byline::Core {

QString FrontMatterDiff::displayValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(displayValue(item));
        return items.join(QStringLiteral(", "));
    }
    case QMetaType::QVariantMap: {
        QStringList items;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items.append(it.key() + QStringLiteral(": ") + displayValue(it.value()));
        return u'{' + items.join(QStringLiteral("; ")) + u'}';
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

QList<FrontMatterDiff::Field> FrontMatterDiff::compare(const FrontMatter &before, const FrontMatter &after)
{
    QList<Field> fields;
    const auto add = [&](const QString &key) {
        Field field {key, {}, {}, before.contains(key), after.contains(key)};
        if (field.wasPresent)
            field.before = displayValue(before.value(key));
        if (field.isPresent)
            field.after = displayValue(after.value(key));
        if (field.wasPresent != field.isPresent || before.value(key) != after.value(key))
            fields.append(field);
    };
    const QStringList afterKeys = after.keys();
    for (const QString &key : afterKeys)
        add(key);
    for (const QString &key : before.keys()) {
        if (!afterKeys.contains(key))
            add(key);
    }
    return fields;
}

} // namespace Byline::Core
