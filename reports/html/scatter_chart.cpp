#include "reports/html/scatter_chart.h"

#include <algorithm>
#include <array>

#include "engine/core/check.h"
#include "reports/html/svg_geometry.h"
#include "reports/html/text_util.h"

namespace empreinte::report::html {
namespace {

// Geometry of a scatter plot, in SVG user units (CSS pixels at 100 % zoom).
constexpr double kTopMargin = 26.0;  // room for the title of the axis up
constexpr double kAxisUpTitleBaseline = 13.0;
constexpr double kRightMargin = 16.0;
constexpr double kBottomRoom = 44.0;  // tick labels and the title of the axis across
constexpr double kTickLength = 4.0;
constexpr double kTickLabelDrop = 17.0;
constexpr double kAxisTitleDrop = 36.0;
constexpr double kTickLabelGap = 7.0;  // between a label of the axis up and the axis
constexpr double kCapHalfLength = 3.5;
constexpr int kTargetTickIntervals = 5;
// Average advance of a 10.5 px character (tick labels) and of a bold 12 px one (point labels),
// to leave room for the first and decide where the second fits.
constexpr double kTickCharWidth = 6.3;
constexpr double kLabelCharWidth = 7.2;
constexpr double kLabelAscent = 11.0;
constexpr double kLabelDescent = 3.0;
constexpr double kLabelGap = 5.0;  // between a marker and its label
// A label is cut to this many code points, then to the shorter length if it does not fit.
constexpr std::size_t kLabelChars = 40;
constexpr std::size_t kShortLabelChars = 18;
constexpr double kMinimumLeftMargin = 36.0;

struct Box {
  double left = 0.0;
  double top = 0.0;
  double right = 0.0;
  double bottom = 0.0;

  bool overlaps(const Box& other) const {
    return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
  }
};

// Figures an axis must reach: zero, every central value and every interval end.
std::vector<double> extent(const std::vector<ScatterPointInput>& points, bool across) {
  std::vector<double> values = {0.0};
  for (const ScatterPointInput& point : points) {
    const ScatterValue& v = across ? point.x : point.y;
    values.push_back(v.value);
    if (v.p5 && v.p95) {
      values.push_back(*v.p5);
      values.push_back(*v.p95);
    }
  }
  return values;
}

std::vector<double> ticks_for(const std::vector<double>& values) {
  const auto [low, high] = std::minmax_element(values.begin(), values.end());
  return axis_ticks(*low, *high, kTargetTickIntervals);
}

// What a label must not cover: every marker and every error bar (with its caps).
std::vector<Box> obstacles(const std::vector<ScatterPointBox>& points) {
  const double r = kScatterMarkerRadius;
  std::vector<Box> out;
  for (const ScatterPointBox& point : points) {
    out.push_back({point.cx - r, point.cy - r, point.cx + r, point.cy + r});
    if (point.has_x_whisker) {
      out.push_back({std::min(point.x_low, point.x_high), point.cy - kCapHalfLength,
                     std::max(point.x_low, point.x_high), point.cy + kCapHalfLength});
    }
    if (point.has_y_whisker) {
      out.push_back({point.cx - kCapHalfLength, std::min(point.y_low, point.y_high),
                     point.cx + kCapHalfLength, std::max(point.y_low, point.y_high)});
    }
  }
  return out;
}

// Places the label of `point` beside its marker — right, left, above, below, then diagonally —
// where it stays in the plot and covers no marker, no error bar and no label already placed; a
// label that does not fit whole is tried cut shorter, then left out.
void place_label(ScatterPointBox& point, std::size_t label_length, const ScatterLayout& layout,
                 const std::vector<Box>& blocked, std::vector<Box>& taken) {
  const double r = kScatterMarkerRadius;
  const double above = -(r + kLabelGap);
  const double below = r + kLabelGap + kLabelAscent;
  const double side = r * 0.7;
  struct Candidate {
    double dx;
    double dy;
    const char* anchor;
  };
  const std::array<Candidate, 8> candidates = {{{r + kLabelGap, 4.0, "start"},
                                                {-(r + kLabelGap), 4.0, "end"},
                                                {0.0, above, "middle"},
                                                {0.0, below, "middle"},
                                                {side, above, "start"},
                                                {-side, above, "end"},
                                                {side, below, "start"},
                                                {-side, below, "end"}}};
  for (const std::size_t chars :
       {std::min(label_length, kLabelChars), std::min(label_length, kShortLabelChars)}) {
    const double width = static_cast<double>(chars) * kLabelCharWidth;
    for (const Candidate& candidate : candidates) {
      const double x = point.cx + candidate.dx;
      const double y = point.cy + candidate.dy;
      const std::string anchor = candidate.anchor;
      Box box;
      box.left = anchor == "start" ? x : (anchor == "end" ? x - width : x - width / 2);
      box.right = box.left + width;
      box.top = y - kLabelAscent;
      box.bottom = y + kLabelDescent;
      const bool inside = box.left >= layout.plot_left && box.right <= layout.plot_right &&
                          box.top >= layout.plot_top && box.bottom <= layout.plot_bottom;
      const auto hits = [&](const Box& other) { return box.overlaps(other); };
      if (!inside || std::any_of(blocked.begin(), blocked.end(), hits) ||
          std::any_of(taken.begin(), taken.end(), hits)) {
        continue;
      }
      point.has_label = true;
      point.label_chars = chars;
      point.label_x = x;
      point.label_y = y;
      point.label_anchor = anchor;
      taken.push_back(box);
      return;
    }
  }
}

}  // namespace

ScatterLayout layout_scatter(const std::vector<ScatterPointInput>& points, double width,
                             double height, Language language) {
  ScatterLayout layout;
  layout.width = width;
  layout.height = height;
  const std::vector<double> x_ticks = ticks_for(extent(points, true));
  const std::vector<double> y_ticks = ticks_for(extent(points, false));
  // The axis up leaves room for its longest tick label.
  std::size_t longest = 0;
  for (const double value : y_ticks) {
    longest = std::max(longest, code_point_count(format_display(value, language)));
  }
  layout.plot_left = std::max(kMinimumLeftMargin,
                              static_cast<double>(longest) * kTickCharWidth + kTickLabelGap + 4.0);
  layout.plot_right = width - kRightMargin;
  layout.plot_top = kTopMargin;
  layout.plot_bottom = height - kBottomRoom;
  const auto x_of = [&](double value) {
    return layout.plot_left + (value - x_ticks.front()) / (x_ticks.back() - x_ticks.front()) *
                                  (layout.plot_right - layout.plot_left);
  };
  const auto y_of = [&](double value) {
    return layout.plot_bottom - (value - y_ticks.front()) / (y_ticks.back() - y_ticks.front()) *
                                    (layout.plot_bottom - layout.plot_top);
  };
  for (const double value : x_ticks) layout.x_ticks.push_back({value, x_of(value)});
  for (const double value : y_ticks) layout.y_ticks.push_back({value, y_of(value)});

  for (const ScatterPointInput& input : points) {
    ScatterPointBox point;
    point.cx = x_of(input.x.value);
    point.cy = y_of(input.y.value);
    if (input.x.p5 && input.x.p95) {
      point.has_x_whisker = true;
      point.x_low = x_of(*input.x.p5);
      point.x_high = x_of(*input.x.p95);
    }
    if (input.y.p5 && input.y.p95) {
      point.has_y_whisker = true;
      point.y_low = y_of(*input.y.p5);
      point.y_high = y_of(*input.y.p95);
    }
    layout.points.push_back(point);
  }
  const std::vector<Box> blocked = obstacles(layout.points);
  std::vector<Box> taken;
  for (std::size_t i = 0; i < points.size(); ++i) {
    place_label(layout.points[i], code_point_count(points[i].label), layout, blocked, taken);
  }
  return layout;
}

mstch::map scatter_view(const std::vector<ScatterPointInput>& points, const ScatterLayout& layout,
                        const ScatterText& text, Language language) {
  EMPREINTE_CHECK(layout.points.size() == points.size(), "scatter layout and data disagree");
  const auto interval = [&](const ScatterValue& v) {
    return v.p5 && v.p95 ? format_display(*v.p5, language) + "–" + format_display(*v.p95, language)
                         : std::string();
  };
  mstch::array drawn;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const ScatterPointInput& input = points[i];
    const ScatterPointBox& box = layout.points[i];
    drawn.push_back(mstch::map{
        {"number", std::to_string(i + 1)},
        {"label", truncate_text(input.label, box.label_chars)},
        {"full_label", input.label},
        {"x", format_display(input.x.value, language)},
        {"y", format_display(input.y.value, language)},
        {"has_x_interval", box.has_x_whisker},
        {"x_interval", interval(input.x)},
        {"has_y_interval", box.has_y_whisker},
        {"y_interval", interval(input.y)},
        {"understated", input.understated},
        {"cx", coordinate(box.cx)},
        {"cy", coordinate(box.cy)},
        {"number_y", coordinate(box.cy + 3.8)},
        {"x_low", coordinate(box.x_low)},
        {"x_high", coordinate(box.x_high)},
        {"y_low", coordinate(box.y_low)},
        {"y_high", coordinate(box.y_high)},
        {"cap_left", coordinate(box.cx - kCapHalfLength)},
        {"cap_right", coordinate(box.cx + kCapHalfLength)},
        {"cap_top", coordinate(box.cy - kCapHalfLength)},
        {"cap_bottom", coordinate(box.cy + kCapHalfLength)},
        {"has_label", box.has_label},
        {"label_x", coordinate(box.label_x)},
        {"label_y", coordinate(box.label_y)},
        {"label_anchor", box.label_anchor},
    });
  }
  mstch::array x_ticks;
  for (std::size_t i = 0; i < layout.x_ticks.size(); ++i) {
    const bool first = i == 0;
    const bool last = i + 1 == layout.x_ticks.size();
    x_ticks.push_back(mstch::map{
        {"pos", coordinate(layout.x_ticks[i].position)},
        {"label", format_display(layout.x_ticks[i].value, language)},
        {"anchor", std::string(first ? "start" : (last ? "end" : "middle"))},
    });
  }
  mstch::array y_ticks;
  for (const ScatterTick& tick : layout.y_ticks) {
    y_ticks.push_back(mstch::map{
        {"pos", coordinate(tick.position)},
        {"label_pos", coordinate(tick.position + 3.5)},
        {"label", format_display(tick.value, language)},
    });
  }
  return mstch::map{
      {"dom_id", text.dom_id},
      {"title", text.title},
      {"desc", text.desc},
      {"x_name", text.x_name},
      {"x_unit", text.x_unit},
      {"y_name", text.y_name},
      {"y_unit", text.y_unit},
      {"interval_words", text.interval},
      {"understated_words", text.understated},
      {"x_title", text.x_title},
      {"y_title", text.y_title},
      {"radius", coordinate(kScatterMarkerRadius)},
      {"width", coordinate(layout.width)},
      {"height", coordinate(layout.height)},
      {"plot_left", coordinate(layout.plot_left)},
      {"plot_right", coordinate(layout.plot_right)},
      {"plot_top", coordinate(layout.plot_top)},
      {"plot_bottom", coordinate(layout.plot_bottom)},
      {"tick_x2", coordinate(layout.plot_left - kTickLength)},
      {"tick_y2", coordinate(layout.plot_bottom + kTickLength)},
      {"tick_label_x", coordinate(layout.plot_left - kTickLabelGap)},
      {"tick_label_y", coordinate(layout.plot_bottom + kTickLabelDrop)},
      {"axis_title_y", coordinate(layout.plot_bottom + kAxisTitleDrop)},
      {"up_title_y", coordinate(kAxisUpTitleBaseline)},
      {"points", drawn},
      {"x_ticks", x_ticks},
      {"y_ticks", y_ticks},
  };
}

}  // namespace empreinte::report::html
