// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/plotrender.h"

#include <QPicture>

#include "widgets/charts/qcp.h"

namespace siyu {

void renderPlot(QCustomPlot *plot, QPainter *painter, const QRectF &target, const QSize &layoutSize)
{
    if (layoutSize.isEmpty() || target.isEmpty())
        return;
    QPicture picture;
    {
        QCPPainter recorder(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        // Hairlines (width 0) would be one printer dot: give them a width that scales.
        recorder.setMode(QCPPainter::pmNonCosmetic);
        plot->toPainter(&recorder, layoutSize.width(), layoutSize.height());
    }
    // Replaying a picture onto a device of another resolution already scales it by the ratio
    // of the resolutions; scale by what remains to fill `target`.
    const double fx = painter->device()->logicalDpiX() / double(picture.logicalDpiX());
    const double fy = painter->device()->logicalDpiY() / double(picture.logicalDpiY());
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / layoutSize.width() / fx,
                   target.height() / layoutSize.height() / fy);
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

} // namespace siyu
