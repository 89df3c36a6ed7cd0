# One INTERFACE target carries the language standard, warnings and Qt defines for every target.
add_library(crm_settings INTERFACE)
target_compile_features(crm_settings INTERFACE cxx_std_20)
target_compile_options(crm_settings INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(crm_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
