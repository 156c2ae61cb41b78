#include "chatham/recordsections.h"

namespace debrief {

namespace {

struct Marker
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool closing = false;
    bool onRecord = false;
};

/// Reads an HTML comment at @p start as a record marker, tolerating spaces and case.
std::optional<Marker> markerAt(QStringView text, qsizetype start)
{
    const qsizetype close = text.indexOf(QLatin1String("-->"), start + 4);
    if (close < 0)
        return std::nullopt;
    QStringView body = text.mid(start + 4, close - start - 4).trimmed();
    Marker marker;
    marker.start = start;
    marker.end = close + 3;
    if (body.startsWith(QLatin1Char('/'))) {
        marker.closing = true;
        body = body.mid(1).trimmed();
    }
    if (body.compare(QLatin1String("on-record"), Qt::CaseInsensitive) == 0)
        marker.onRecord = true;
    else if (body.compare(QLatin1String("off-record"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return marker;
}

} // namespace

RecordSections RecordSections::find(QStringView text)
{
    RecordSections sections;
    qsizetype openOff = -1;
    qsizetype openOn = -1;
    qsizetype from = 0;
    while ((from = text.indexOf(QLatin1String("<!--"), from)) >= 0) {
        const std::optional<Marker> marker = markerAt(text, from);
        if (!marker) {
            from += 4;
            continue;
        }
        from = marker->end;
        if (marker->onRecord) {
            if (openOff >= 0)
                continue;
            if (!marker->closing && openOn < 0)
                openOn = marker->start;
            else if (marker->closing && openOn >= 0) {
                sections.onRecord.append({openOn, marker->end});
                openOn = -1;
            }
            continue;
        }
        if (!marker->closing && openOff < 0) {
            openOff = marker->start;
            // An unclosed on-record section does not reach into an off-record one.
            openOn = -1;
        } else if (marker->closing && openOff >= 0) {
            qsizetype end = marker->end;
            if (end < text.size() && text.at(end) == QLatin1Char('\n'))
                ++end;
            sections.offRecord.append({openOff, end});
            openOff = -1;
        }
    }
    if (openOff >= 0)
        sections.offRecord.append({openOff, text.size()});
    return sections;
}

} // namespace debrief
