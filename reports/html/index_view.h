#pragma once
/// @file index_view.h
/// The mustache view of a batch's index page (templates/index.html.mustache).

#include <mstch/mstch.hpp>

#include "reports/html/catalogue.h"
#include "reports/model/batch_index.h"

namespace empreinte::report::html {

/// Everything index.html.mustache shows, as text, in the catalogue's language.
mstch::map index_view(const BatchIndex& index, const Catalogue& catalogue);

}  // namespace empreinte::report::html
