#pragma once
/// @file figure_dom.h
/// Figures as the report schema writes them wherever they stand (a project report or a
/// comparison across files): the attributes of one figure, a set of impacts, pairs of options.

#include <vector>
#include <xercesc/dom/DOMElement.hpp>

#include "reports/model/report.h"
#include "reports/xml/dom_builder.h"

namespace empreinte::report::xml {

/// `value` and, for a Monte Carlo run, `mean`, `p5`, `p50`, `p95` and `standard-error`.
void add_figure_attributes(xercesc::DOMElement& element, const Figure& figure);

/// The statistics attributes of a range alone (a derived quantity whose central value has its
/// own attribute name).
void add_range_attributes(xercesc::DOMElement& element, const FigureRange& range);

/// An element `name` holding one `<impact>` per criterion of `impacts`.
void add_impact_set(DomBuilder& b, xercesc::DOMElement& parent, const char16_t* name,
                    const ImpactSet& impacts);

/// One `<pair>` per pair of options, with P(first lower) per criterion.
void add_option_pairs(DomBuilder& b, xercesc::DOMElement& parent,
                      const std::vector<OptionPair>& pairs);

}  // namespace empreinte::report::xml
