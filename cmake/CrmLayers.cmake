# One static library per layer of core/, each linked only to the layers below it (README, "How the code
# is laid out"). The link line alone would let a layer include any header it finds on the include path;
# so a layer's only PUBLIC include root is a folder of forwarding headers generated in the build tree,
#   build/layers/<target>/<folder>/<file>.h   ->   #include "../../core/<folder>/<file>.h"
# one per header the target lists. A source of crm_domain therefore finds "domain/money.h" but no
# "storage/..." at all: a wrong include fails to compile, not only to link. Bare same-folder includes
# ("database.h") still resolve next to the real file. The forwarding headers hold relative paths, so
# they are the same in every checkout and ccache (base_dir) shares objects between them.

# crm_add_layer(<target> SOURCES <files...> [PUBLIC <libs...>] [PRIVATE <libs...>])
# Sources are relative to the calling folder (core/<layer>/) or absolute; the headers among them are
# exposed as "<path relative to core/>".
function(crm_add_layer target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;PUBLIC;PRIVATE")
    add_library(${target} STATIC ${arg_SOURCES})
    target_link_libraries(${target} PUBLIC ${arg_PUBLIC} PRIVATE ${arg_PRIVATE})

    set(core_dir ${PROJECT_SOURCE_DIR}/core)
    set(root ${CMAKE_BINARY_DIR}/layers/${target})
    set(wanted "")
    foreach(source IN LISTS arg_SOURCES)
        if(NOT source MATCHES "\\.h$")
            continue()
        endif()
        get_filename_component(real ${source} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        file(RELATIVE_PATH name ${core_dir} ${real})
        if(name MATCHES "^\\.\\./")
            message(FATAL_ERROR "${target}: ${source} is outside core/ and cannot be exposed")
        endif()
        set(forward ${root}/${name})
        get_filename_component(forward_dir ${forward} DIRECTORY)
        file(RELATIVE_PATH target_path ${forward_dir} ${real})
        # file(CONFIGURE) rewrites only when the text changes, so a reconfigure rebuilds nothing.
        file(CONFIGURE OUTPUT ${forward} CONTENT "#pragma once\n#include \"${target_path}\"\n" @ONLY)
        list(APPEND wanted ${forward})
    endforeach()
    # A header moved or deleted leaves no stale forwarder behind that would still resolve.
    file(GLOB_RECURSE present LIST_DIRECTORIES false ${root}/*)
    foreach(file IN LISTS present)
        if(NOT file IN_LIST wanted)
            file(REMOVE ${file})
        endif()
    endforeach()
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${root}>)

    # One precompiled header for all of core: the layers reuse crm_domain's (Qt Core only).
    if(target STREQUAL "crm_domain")
        target_precompile_headers(${target} PRIVATE
            <QString> <QVariant> <QVariantMap> <QList> <QDateTime> <QCoreApplication>)
    else()
        target_precompile_headers(${target} REUSE_FROM crm_domain)
    endif()
    if(COMMAND crm_instrument_for_fuzzing)
        crm_instrument_for_fuzzing(${target})
    endif()
endfunction()
