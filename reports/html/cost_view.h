#pragma once
/// @file cost_view.h
/// The cost parts of a report page: the basis every cost rests on (euros excluding VAT at the
/// prices' dates, discount rate, electricity escalation, carbon value), a scatter plot of cost
/// against climate change, one table per option of
/// its cost categories with their present values, its net present value, its carbon valued and
/// its life-cycle cost, and what the run could not price. The figures come from the report
/// model; what is unpriced comes from its assumptions.

#include <mstch/mstch.hpp>
#include <string>
#include <vector>

#include "reports/html/catalogue.h"
#include "reports/model/report.h"

namespace empreinte::report::html {

/// What the run could not price for `option`, one phrase each ("the rental of NVIDIA L4 24GB
/// (stage ‘train’)"): rentals, purchases, API fees and electricity without a price, read from the
/// assumptions. Its cost is understated by what they would cost; empty when all have a price.
std::vector<std::string> unpriced_items(const Report& report, const OptionResult& option,
                                        const Catalogue& catalogue);

/// The storage and network stages of `option`, one phrase each, when the run says such stages
/// carry no cost of their own (their cost is in the hosting or the API fees, or a cost stage
/// states it): not a missing price, but a reader should know they add nothing to the cost.
std::vector<std::string> stages_without_own_cost(const Report& report, const OptionResult& option,
                                                 const Catalogue& catalogue);

/// The cost of `option` in one sentence for its headline card: the undiscounted total (with its
/// interval in a Monte Carlo run), the net present value and the life-cycle cost.
std::string cost_lead(const Report& report, const OptionResult& option, const Catalogue& catalogue);

/// The cost section: the basis sentence, the scatter plot of cost against climate change (one
/// numbered point per option, error bars in a Monte Carlo run, open points for understated costs)
/// and, per option (in report order, numbered from 1 for element ids), its table and what is not
/// priced.
mstch::map cost_view(const Report& report, const Catalogue& catalogue);

}  // namespace empreinte::report::html
