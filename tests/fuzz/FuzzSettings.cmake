# Included by the top-level CMakeLists.txt when CRM_BUILD_FUZZ is ON, before core/ is configured.
# libFuzzer and the sanitizer runtimes come with clang (Debian: clang and libclang-rt-14-dev); GCC
# has no libFuzzer, so any other compiler is refused with the fix named.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CRM_BUILD_FUZZ needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}. Configure a separate "
        "build folder with clang: CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCRM_BUILD_FUZZ=ON "
        "(apt-get install clang libclang-rt-14-dev), or run .ci/fuzz, which does it.")
endif()

# Every finding stops the run: UBSan aborts instead of printing and carrying on. Line tables only
# keep the stack traces readable without full debug information, which would slow the 2-core build.
set(CRM_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
set(CRM_FUZZ_COMPILE_OPTIONS ${CRM_FUZZ_SANITIZERS} -fno-omit-frame-pointer -gline-tables-only)

# Each core layer (crm_add_layer) is instrumented for coverage (fuzzer-no-link) and the sanitizers; only the targets link
# libFuzzer's main. Qt and libsodium are Debian's GCC builds, uninstrumented: their own memory is
# not checked, but every call from our code into them is.
function(crm_instrument_for_fuzzing target)
    target_compile_options(${target} PRIVATE ${CRM_FUZZ_COMPILE_OPTIONS} -fsanitize=fuzzer-no-link)
    target_link_options(${target} INTERFACE ${CRM_FUZZ_SANITIZERS})
endfunction()
