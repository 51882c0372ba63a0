// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Include QCustomPlot through this header. qcustomplot.h (2.1) uses Qt's `foreach` inside its
// templates, and Siyu builds with QT_NO_FOREACH: lend it a range-based for while it is read.
#ifndef foreach
#define SIYU_QCP_LENDS_FOREACH
#define foreach(variable, container) for (variable : container)
#endif
#include <qcustomplot.h>
#ifdef SIYU_QCP_LENDS_FOREACH
#undef foreach
#undef SIYU_QCP_LENDS_FOREACH
#endif
