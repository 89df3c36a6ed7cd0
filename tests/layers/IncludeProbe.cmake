# Compiles a one-line probe, `#include "<INCLUDE>"`, with exactly the command line the build uses for
# SOURCE (read from compile_commands.json), and checks that the header is VISIBLE or HIDDEN to that
# layer. Run by ctest (tests/layers/CMakeLists.txt):
#   cmake -DCOMPILE_COMMANDS=... -DSOURCE=<a real .cpp of the layer> -DINCLUDE=storage/database.h
#         -DEXPECT=HIDDEN -DPROBE=<probe .cpp to write> -P IncludeProbe.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var COMPILE_COMMANDS SOURCE INCLUDE EXPECT PROBE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "IncludeProbe.cmake: ${var} is not set")
    endif()
endforeach()

file(READ ${COMPILE_COMMANDS} commands)
string(FIND "${commands}" "\"file\": \"${SOURCE}\"" at)
if(at EQUAL -1)
    message(FATAL_ERROR "${SOURCE} is not in ${COMPILE_COMMANDS}: is it still a source of its layer?")
endif()
string(SUBSTRING "${commands}" 0 ${at} before)
string(FIND "${before}" "\"command\": \"" start REVERSE)
math(EXPR start "${start} + 12")
string(SUBSTRING "${before}" ${start} -1 command)
string(REGEX REPLACE "\",[ \t\r\n]*$" "" command "${command}")
string(REPLACE "\\\"" "\"" command "${command}")
string(REPLACE "\\\\" "\\" command "${command}")
separate_arguments(args UNIX_COMMAND "${command}")

# Keep the compiler and its flags; drop the launcher, the output, the dependency file and the source.
set(probe_command "")
set(skip_next FALSE)
foreach(arg IN LISTS args)
    if(skip_next)
        set(skip_next FALSE)
    elseif(arg MATCHES "^(-o|-c|-MT|-MF|-MQ)$")
        set(skip_next TRUE)
    elseif(arg MATCHES "ccache$" OR arg MATCHES "^-MM?D$" OR arg STREQUAL SOURCE)
    else()
        list(APPEND probe_command "${arg}")
    endif()
endforeach()

file(WRITE ${PROBE} "#include \"${INCLUDE}\"\n")
execute_process(COMMAND ${probe_command} -fsyntax-only ${PROBE}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
string(REPLACE "." "\\." include_pattern "${INCLUDE}")
set(not_found "${include_pattern}'?(: No such file or directory| file not found)")

if(EXPECT STREQUAL "VISIBLE")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "\"${INCLUDE}\" should compile where ${SOURCE} is compiled, and did not:\n${output}")
    endif()
    message(STATUS "\"${INCLUDE}\" is visible to ${SOURCE}, as intended")
elseif(EXPECT STREQUAL "HIDDEN")
    if(result EQUAL 0)
        message(FATAL_ERROR "\"${INCLUDE}\" compiles where ${SOURCE} is compiled: an arrow the layers forbid is "
            "open (check the target's link line and include directories)")
    elseif(NOT output MATCHES "${not_found}")
        message(FATAL_ERROR "the probe failed, but not because \"${INCLUDE}\" is out of sight:\n${output}")
    endif()
    message(STATUS "\"${INCLUDE}\" is out of sight of ${SOURCE}, as intended")
else()
    message(FATAL_ERROR "EXPECT must be VISIBLE or HIDDEN, not ${EXPECT}")
endif()
