# SPDX-License-Identifier: GPL-3.0-or-later
# A fresh demo brand, then the cross-check over its last 12 weeks, as is and perturbed.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(workspace ${WORK}/crosscheck.siyu)
execute_process(COMMAND ${SIYU} demo --workspace ${workspace} --members 3000 --seed 11
                RESULT_VARIABLE demo)
if(NOT demo EQUAL 0)
    message(FATAL_ERROR "siyu demo failed: ${demo}")
endif()
foreach(mode "" "--perturb")
    execute_process(COMMAND ${PYTHON} ${SCRIPT} ${SIYU} ${workspace} --recent 12 ${mode}
                    RESULT_VARIABLE check)
    if(NOT check EQUAL 0)
        message(FATAL_ERROR "KPIs differ from the independent computation ${mode}")
    endif()
endforeach()
