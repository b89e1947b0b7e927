#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

// Writing the XML of a Word package's parts. Private to core/docx.
namespace Byline::Core::Docx {

inline const QString wordNamespace = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString relationshipTypes
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

// A part: the XML declaration, then what `write` puts in.
template<typename Write>
QByteArray part(Write write)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    write(xml);
    xml.writeEndDocument();
    return bytes;
}

inline void empty(QXmlStreamWriter &xml, const QString &name,
                  std::initializer_list<std::pair<QString, QString>> attributes)
{
    xml.writeEmptyElement(name);
    for (const auto &[key, value] : attributes)
        xml.writeAttribute(key, value);
}

inline void value(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    empty(xml, name, {{QStringLiteral("w:val"), text}});
}

} // namespace Byline::Core::Docx
