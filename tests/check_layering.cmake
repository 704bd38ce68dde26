# SPDX-FileCopyrightText: Waymark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under ROOT includes a widget, graphics-view or chart header.
file(GLOB_RECURSE files "${ROOT}/*.h" "${ROOT}/*.cpp")
set(bad "")
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtWidgets|QtCharts|QtPrintSupport|QGraphics[A-Za-z]*|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QChart[A-Za-z]*|QAbstractButton|QLabel)[/>\"]")
    foreach(l IN LISTS lines)
        list(APPEND bad "${f}: ${l}")
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n  " msg)
    message(FATAL_ERROR "core/ must not include widget, graphics-view or chart headers:\n  ${msg}")
endif()
message(STATUS "core/ is free of widget, graphics-view and chart includes")
