# CTest: byline_en.ts lists exactly the texts the sources translate today. Fails with the
# command that brings it up to date.
#   cmake -DLUPDATE=... -DTS_FILE=... -DSOURCES_FILE=... -DWORK_DIR=... -P uptodate.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(name ${TS_FILE} NAME)
set(fresh ${WORK_DIR}/${name})
configure_file(${TS_FILE} ${fresh} COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete -source-language en
                        @${SOURCES_FILE} -ts ${fresh}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR errors)
    message(FATAL_ERROR "lupdate failed (${result}):\n${errors}")
endif()
file(READ ${TS_FILE} committed)
file(READ ${fresh} current)
if(NOT committed STREQUAL current)
    execute_process(COMMAND diff -u ${TS_FILE} ${fresh})
    message(FATAL_ERROR "${name} is out of date with the sources. Run:\n"
                        "  cmake --build build --target update_translations")
endif()
