# The variant kanji table of foldText() (core/domain/textfold.cpp), generated at build time by
# cmake/kanjivariants.cpp from Debian's unicode-data (Unihan) and kanjidic-xml (KANJIDIC2), so it
# follows those maintained sources instead of a hand-kept list. Sets KANJI_VARIANTS_INC to the
# generated file (one "{from, to}," line per variant code point).
set(UNIHAN_DIR /usr/share/unicode CACHE PATH "Where unicode-data keeps Unihan_*.txt.bz2 and UnicodeData.txt")
set(KANJIDIC2_XML /usr/share/edict/kanjidic2.xml.gz CACHE FILEPATH "KANJIDIC2 from kanjidic-xml")
set(_kanji_inputs ${UNIHAN_DIR}/Unihan_Variants.txt.bz2 ${UNIHAN_DIR}/Unihan_OtherMappings.txt.bz2
    ${UNIHAN_DIR}/UnicodeData.txt ${KANJIDIC2_XML})
foreach(input IN LISTS _kanji_inputs)
    if(NOT EXISTS ${input})
        message(FATAL_ERROR "${input} is missing: install Debian's unicode-data and kanjidic-xml (./.ci/setup)")
    endif()
endforeach()
find_program(BZIP2_EXECUTABLE bzip2 REQUIRED)

add_executable(kanjivariants ${CMAKE_CURRENT_LIST_DIR}/kanjivariants.cpp)
target_link_libraries(kanjivariants PRIVATE crm_settings Qt6::Core)
set(KANJI_VARIANTS_INC ${CMAKE_BINARY_DIR}/generated/kanjivariants.inc)
add_custom_command(OUTPUT ${KANJI_VARIANTS_INC}
    COMMAND kanjivariants ${UNIHAN_DIR} ${KANJIDIC2_XML} ${KANJI_VARIANTS_INC}
    DEPENDS kanjivariants ${_kanji_inputs}
    COMMENT "Generating the variant kanji table from Unihan and KANJIDIC2"
    VERBATIM)
