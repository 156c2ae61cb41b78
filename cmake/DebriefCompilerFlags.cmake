# Warnings for our own targets only (third-party headers are included as SYSTEM).
add_library(debrief_warnings INTERFACE)
target_compile_options(debrief_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(DEBRIEF_WARNINGS_AS_ERRORS)
    target_compile_options(debrief_warnings INTERFACE -Werror)
endif()
target_compile_definitions(debrief_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
