# Compiler and install settings shared by every target of the project.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
# qt_standard_project_setup() adds an $ORIGIN RPATH; an installed program needs none.
set(CMAKE_SKIP_INSTALL_RPATH ON)

add_compile_options(-Wall -Wextra -Wpedantic)
add_compile_definitions(
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    BYLINE_VERSION="${PROJECT_VERSION}"
    BYLINE_APP_ID="${BYLINE_APP_ID}")

# lld links the project's seventy-odd test programs about five times faster than the default
# ld.bfd (measured on the UI tests, debug information included): a build's links go from minutes
# to seconds. Any linker gives the same programs.
option(BYLINE_USE_LLD "Link with lld when it is installed" ON)
find_program(BYLINE_LLD_PROGRAM NAMES ld.lld)
if(BYLINE_USE_LLD AND BYLINE_LLD_PROGRAM)
    add_link_options(-fuse-ld=lld)
endif()
