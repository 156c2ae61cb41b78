# Third-party libraries. Required ones stop the configure with a clear message;
# every result is reported in the summary at the end.

# KDE Syntax Highlighting: the KF6 package where the system has one, otherwise a KF5-named
# build made against Qt 6 (packaging/install-deps.sh builds one on Debian 12).
find_package(KF6SyntaxHighlighting QUIET)
if(KF6SyntaxHighlighting_FOUND)
    set(DEBRIEF_SYNTAX_TARGET KF6::SyntaxHighlighting)
    set(DEBRIEF_SYNTAX_DESC "KF6SyntaxHighlighting ${KF6SyntaxHighlighting_VERSION}")
else()
    find_package(KF5SyntaxHighlighting QUIET)
    if(NOT KF5SyntaxHighlighting_FOUND)
        message(FATAL_ERROR
            "KDE Syntax Highlighting for Qt 6 was not found. Run 'make deps' (Debian/Ubuntu), "
            "install KF6SyntaxHighlighting, or point DEBRIEF_DEPS_PREFIX at a Qt 6 build of it.")
    endif()
    get_target_property(_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
    if(NOT "${_ksh_links}" MATCHES "Qt6::")
        message(FATAL_ERROR
            "The KF5SyntaxHighlighting found at ${KF5SyntaxHighlighting_DIR} is built for Qt 5 "
            "(links: ${_ksh_links}). Debrief needs a Qt 6 build: run 'make deps', which builds one "
            "into ${DEBRIEF_DEPS_PREFIX}.")
    endif()
    set(DEBRIEF_SYNTAX_TARGET KF5::SyntaxHighlighting)
    set(DEBRIEF_SYNTAX_DESC "KF5SyntaxHighlighting ${KF5SyntaxHighlighting_VERSION} built for Qt 6")
endif()

find_package(Qt6Keychain REQUIRED)

find_package(PkgConfig REQUIRED)
pkg_check_modules(YAMLCPP REQUIRED IMPORTED_TARGET yaml-cpp)
pkg_check_modules(CMARKGFM REQUIRED IMPORTED_TARGET libcmark-gfm)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
