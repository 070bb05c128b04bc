#pragma once
/// @file lots.h
/// The lots of a tender: the project as written is the first lot; every other lot multiplies
/// the volumes of the stages that follow the lots by its volume over the first's. Each lot is
/// run on the same seed, so what a lot adds to the one before is computed draw by draw.

#include <optional>
#include <vector>

#include "engine/core/diagnostics.h"
#include "engine/domain/project_spec.h"
#include "engine/factors/factor_set.h"
#include "engine/pipeline/run.h"
#include "reports/model/report.h"

namespace empreinte {

/// Whether the volumes of `stage` follow the lots: as stated, else by kind (api, inference,
/// network and storage do; reserved or bought hardware and one-off work do not).
bool scales_with_lots(const StageSpec& stage);

/// `project` with the volumes of its lot-following stages, its functional units and its
/// benefits multiplied by `factor`.
ProjectSpec scaled_for_lot(const ProjectSpec& project, double factor);

/// Each lot's totals and what it adds to the lot before, per option, from the totals of each
/// lot's run (`totals[k][o]`: lot k, option o). Empty when the project has no lots.
std::vector<report::LotResult> lot_results(const ProjectSpec& project,
                                           const std::vector<std::vector<Impacts>>& totals,
                                           const report::Report& first);

}  // namespace empreinte
