# SPDX-License-Identifier: MIT
# Works out which commit a build comes from, for `resetdesk --version` and the package version.
#
# Run with `cmake -P` at every build (so it follows new commits without reconfiguring):
#   -DSOURCE_DIR=<checkout> -DPROJECT_VERSION=<x.y.z> -DOVERRIDE=<commit or empty>
#   -DOUTPUT_SOURCE=<BuildCommit.cpp> -DOUTPUT_VERSION=<package-version.txt>
# Each output is rewritten only when its content changes, so an unchanged commit rebuilds nothing.

# The commit as people read it: the latest release tag (v<version>), the commits since it and the
# hash, or only the hash before the first release tag; the hash is always there.
# Empty when the sources are not a git checkout (a release tarball) or git is missing.
function(resetdesk_describe_commit out source_dir)
    set(description "")
    find_program(_git git)
    if(_git)
        execute_process(COMMAND ${_git} -C ${source_dir} describe --tags --match "v[0-9]*" --long --always --dirty --abbrev=12
            OUTPUT_VARIABLE description OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE failed)
        if(failed)
            set(description "")
        endif()
    endif()
    set(${out} "${description}" PARENT_SCOPE)
endfunction()

# The upstream part of a Debian version for this build. A build of the release tag itself is the
# plain project version. Any other commit adds "git<count>.<hash>": after "~" while the project
# version is still to be released, after "+" when it is past the tag of that version, so apt
# orders snapshots, releases and later snapshots the way they happened. <count> is the number of
# commits since the tag (or in all of history before the first tag), which grows along a branch.
function(resetdesk_package_version out source_dir project_version)
    set(version "${project_version}")
    find_program(_git git)
    if(_git)
        execute_process(COMMAND ${_git} -C ${source_dir} describe --tags --match "v[0-9]*" --long --dirty --abbrev=12
            OUTPUT_VARIABLE tagged OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE no_tag)
        execute_process(COMMAND ${_git} -C ${source_dir} rev-parse --short=12 HEAD
            OUTPUT_VARIABLE hash OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE no_git)
        if(NOT no_git)
            set(dirty "")
            if(NOT no_tag AND tagged MATCHES "^v(.+)-([0-9]+)-g[0-9a-f]+(-dirty)?$")
                set(tag_version "${CMAKE_MATCH_1}")
                set(count "${CMAKE_MATCH_2}")
                if(CMAKE_MATCH_3)
                    set(dirty ".dirty")
                endif()
            else()
                set(tag_version "")
                execute_process(COMMAND ${_git} -C ${source_dir} rev-list --count HEAD
                    OUTPUT_VARIABLE count OUTPUT_STRIP_TRAILING_WHITESPACE)
                resetdesk_describe_commit(description "${source_dir}")
                if(description MATCHES "-dirty$")
                    set(dirty ".dirty")
                endif()
            endif()
            if(tag_version STREQUAL project_version AND count EQUAL 0 AND dirty STREQUAL "")
                set(version "${project_version}")
            elseif(tag_version STREQUAL project_version)
                set(version "${project_version}+git${count}.${hash}${dirty}")
            else()
                set(version "${project_version}~git${count}.${hash}${dirty}")
            endif()
        endif()
    endif()
    set(${out} "${version}" PARENT_SCOPE)
endfunction()

function(_resetdesk_write_if_changed file content)
    if(EXISTS "${file}")
        file(READ "${file}" old)
        if(old STREQUAL content)
            return()
        endif()
    endif()
    file(WRITE "${file}" "${content}")
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    resetdesk_describe_commit(commit "${SOURCE_DIR}")
    if(commit STREQUAL "")
        set(commit "${OVERRIDE}")
    endif()
    if(commit STREQUAL "")
        set(commit "unknown")
    endif()
    _resetdesk_write_if_changed("${OUTPUT_SOURCE}" "// Generated at build time by app/common/BuildCommit.cmake.
#include \"common/BuildCommit.h\"

QString BuildCommit::describe()
{
    return QStringLiteral(\"${commit}\");
}
")
    resetdesk_package_version(version "${SOURCE_DIR}" "${PROJECT_VERSION}")
    _resetdesk_write_if_changed("${OUTPUT_VERSION}" "${version}\n")
endif()
