// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSize>

class QCustomPlot;
class QPainter;

namespace siyu {

// Draws `plot` into `target` of any painter (printer, PDF, image) as vector graphics.
// QCustomPlot painted straight onto a high-resolution printer sizes its tick labels for the
// printer's resolution (about 12 times too large); recorded into a QPicture at `layoutSize`
// (the size, in screen pixels, the plot lays itself out for) and replayed scaled, it keeps its
// proportions and stays sharp, with the fonts embedded.
void renderPlot(QCustomPlot *plot, QPainter *painter, const QRectF &target,
                const QSize &layoutSize);

} // namespace siyu
