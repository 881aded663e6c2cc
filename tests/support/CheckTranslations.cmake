# SPDX-License-Identifier: MIT
# Fails when a .ts file has unfinished or vanished messages, or when a tr() string in the
# sources is missing from it. It runs lupdate on a copy, so the committed file is never touched.
# Inputs: LUPDATE, TS_FILE, SOURCES_LIST (lupdate list file), WORK_DIR, EXTRA_OPTIONS (;-list),
# INCLUDE_DIRS (|-list): where the sources' includes are found, so that lupdate sees the
# Q_DECLARE_TR_FUNCTIONS context of a class declared in a header, as the build's lupdate does.
get_filename_component(_name "${TS_FILE}" NAME)
set(_copy "${WORK_DIR}/${_name}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY_FILE "${TS_FILE}" "${_copy}")
set(_include_options "")
string(REPLACE "|" ";" _include_dirs "${INCLUDE_DIRS}")
foreach(_dir IN LISTS _include_dirs)
    list(APPEND _include_options "-I${_dir}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none ${EXTRA_OPTIONS} ${_include_options} "@${SOURCES_LIST}" -ts "${_copy}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${_rc}): ${_out}${_err}")
endif()

file(STRINGS "${_copy}" _lines)
set(_problems "")
set(_source "")
foreach(_line IN LISTS _lines)
    if(_line MATCHES "<source>(.*)</source>")
        set(_source "${CMAKE_MATCH_1}")
    elseif(_line MATCHES "type=\"unfinished\"")
        string(APPEND _problems "  unfinished or missing: ${_source}\n")
    elseif(_line MATCHES "type=\"(vanished|obsolete)\"")
        string(APPEND _problems "  no longer in the sources: ${_source}\n")
    endif()
endforeach()
if(_problems)
    message(FATAL_ERROR "${_name} is out of date. Run 'cmake --build <build> -t update_translations', "
                        "translate with Microsoft's Swedish terms for Microsoft 365, and commit:\n${_problems}")
endif()
message(STATUS "${_name}: every message is translated and present")
