# Compiler settings shared by every target of the project.
add_compile_options(-Wall -Wextra -Wpedantic)
add_compile_definitions(
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    BYLINE_VERSION="${PROJECT_VERSION}")
