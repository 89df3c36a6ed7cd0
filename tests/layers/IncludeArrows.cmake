# The cheap half of the layer check: every `#include "<layer>/..."` in core/<folder>/ (and ui/) must
# name a layer that folder may use, and nothing in core climbs out of its folder with "../".
# The compile probes (IncludeProbe.cmake) prove the same for the compiler; this one names the line.
#   cmake -DSOURCE_DIR=<repo> -P IncludeArrows.cmake
# The table is the README's map ("How the code is laid out"); change both together.
cmake_minimum_required(VERSION 3.25)
set(layers domain support storage sync services documents generator session)
set(allowed_domain domain support)
set(allowed_support domain support)
set(allowed_storage domain support storage)
set(allowed_sync domain support storage sync)
set(allowed_services domain support storage services)
set(allowed_documents domain support storage services documents)
set(allowed_generator domain support storage services generator)
set(allowed_session domain support storage services sync session)
set(allowed_ui domain support storage services sync documents session)
# TODO(issue 17): temporary exception, deleted by the lead with the one in core/storage/CMakeLists.txt
# once the change events are merged: these two still call sync's SyncRecorder.
set(exceptions
    "core/storage/recordstore.cpp: sync/syncrecorder.h"
    "core/storage/recordlinks.cpp: sync/syncrecorder.h")

if(NOT DEFINED SOURCE_DIR)
    message(FATAL_ERROR "IncludeArrows.cmake: SOURCE_DIR is not set")
endif()
string(JOIN "|" any_layer ${layers})
set(folders ui)
foreach(layer IN LISTS layers)
    list(APPEND folders core/${layer})
endforeach()

set(violations "")
set(checked 0)
foreach(folder IN LISTS folders)
    get_filename_component(name ${folder} NAME)
    file(GLOB_RECURSE files ${SOURCE_DIR}/${folder}/*.h ${SOURCE_DIR}/${folder}/*.cpp)
    foreach(file IN LISTS files)
        file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
        math(EXPR checked "${checked} + 1")
        file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" header "${line}")
            if(header MATCHES "^\\.\\./" AND folder MATCHES "^core/")
                list(APPEND violations "${relative}: \"${header}\" climbs out of ${folder}/")
            elseif(header MATCHES "^(${any_layer})/")
                set(target_layer ${CMAKE_MATCH_1})
                if(NOT target_layer IN_LIST allowed_${name} AND NOT "${relative}: ${header}" IN_LIST exceptions)
                    string(JOIN ", " allowed_text ${allowed_${name}})
                    list(APPEND violations "${relative}: \"${header}\" (${name} may include ${allowed_text})")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}: wrong SOURCE_DIR?")
endif()
if(violations)
    list(LENGTH violations count)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "${count} include(s) against the layers' arrows:\n  ${text}")
endif()
message(STATUS "${checked} files: every include follows the arrows")
