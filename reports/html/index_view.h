#pragma once
/// @file index_view.h
/// The mustache view of a batch's index page (templates/index.html.mustache).

#include <mstch/mstch.hpp>

#include "reports/html/catalogue.h"
#include "reports/model/batch_index.h"

namespace empreinte::report::html {

/// Everything index.html.mustache shows but the entries, as text, in the catalogue's language:
/// the versions of `index` and the count of `files`, `rejected` of them.
mstch::map index_view(const BatchIndex& index, std::size_t files, std::size_t rejected,
                      const Catalogue& catalogue);

/// One entry of the index (templates/index_entry.html.mustache). The entries are rendered one by
/// one, so that the index of a large batch never holds a view of every entry at once.
mstch::map entry_view(const IndexEntry& entry, const Catalogue& catalogue);

}  // namespace empreinte::report::html
