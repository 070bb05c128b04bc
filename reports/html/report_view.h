#pragma once
/// @file report_view.h
/// The mustache view of one project's report page (templates/report.html.mustache).

#include <mstch/mstch.hpp>

#include "reports/html/catalogue.h"
#include "reports/model/report.h"

namespace empreinte::report::html {

/// Everything report.html.mustache shows, as text: figures formatted with format_display in the
/// catalogue's language, user text left raw for the template to escape.
mstch::map report_view(const Report& report, const Catalogue& catalogue);

}  // namespace empreinte::report::html
