#pragma once
/// @file resolved_project.h
/// A project with every reference bound to a factor-table row and every input turned into
/// samples: what the stage models consume. Built by resolve_project().

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "engine/domain/project_spec.h"
#include "engine/factors/factor_set.h"
#include "engine/models/api_stage.h"
#include "engine/models/compute_stage.h"
#include "engine/models/cost_stage.h"
#include "engine/models/embodied_stage.h"
#include "engine/models/inference_stage.h"
#include "engine/models/network_stage.h"
#include "engine/models/storage_stage.h"
#include "engine/models/training_stage.h"

namespace empreinte {

/// A factor the run used, and how it was found.
struct FactorLookup {
  /// The factor (owned by the FactorSet, which outlives the run).
  const Factor* factor = nullptr;
  /// Non-empty when the lookup fell back ("no water factor for zone FR; used EU27").
  std::string fallback_note;
};

/// A modelling assumption or default applied, in words.
struct AppliedAssumption {
  /// Stable id ("utilisation-default/api/gpu").
  std::string id;
  /// The assumption, in English.
  std::string text;
  /// Its kind ("utilisation-default").
  std::string kind;
  /// Named values of its wording.
  std::vector<std::pair<std::string, std::string>> params;
};

/// Model inputs of a `cost` stage: its lines are all in its CostInputs.
struct CostOnlyInputs {};

/// Model inputs of a stage; one alternative per stage model.
using StageInputs = std::variant<ComputeInputs, TrainingInputs, StorageInputs, NetworkInputs,
                                 ApiInputs, InferenceInputs, EmbodiedInputs, CostOnlyInputs>;

/// What turns costs into present values and carbon into euros, for the whole project.
struct ProjectCostInputs {
  /// Real discount rate, 1/year.
  RatePerYear discount_rate;
  /// Yearly change of electricity prices in constant euros, 1/year.
  RatePerYear electricity_escalation;
  /// Shadow price of carbon over the horizon, EUR/kgCO2e.
  CarbonPrice carbon_value;
};

/// One stage with its model inputs.
struct ResolvedStage {
  /// The stage as written.
  const StageSpec* spec = nullptr;
  /// Model inputs.
  StageInputs inputs;
  /// Ids of the factors this stage used, in lookup order.
  std::vector<std::string> factor_ids;
  /// Positions in Sampler::variables() of the uncertain values this stage used.
  std::vector<std::size_t> variables;
  /// What the stage costs.
  CostInputs costs;
};

/// An impact an option avoids, as samples.
struct ResolvedBenefit {
  /// The benefit as written.
  const BenefitSpec* spec = nullptr;
  /// What it avoids over the horizon, criterion by criterion (cost: money saved).
  Impacts avoided;
};

/// One option with its stages.
struct ResolvedOption {
  /// The option as written.
  const OptionSpec* spec = nullptr;
  /// Stages in file order.
  std::vector<ResolvedStage> stages;
  /// Impacts it avoids, in file order.
  std::vector<ResolvedBenefit> benefits;
};

/// The whole project, ready for the models.
struct ResolvedProject {
  /// The project as written.
  const ProjectSpec* spec = nullptr;
  /// Options in file order.
  std::vector<ResolvedOption> options;
  /// Every factor used, each once, with every distinct fallback that led to it.
  std::vector<FactorLookup> factors;
  /// Defaults and modelling assumptions applied, in the order they were met.
  std::vector<AppliedAssumption> assumptions;
  /// Discount rate, escalation and carbon value.
  ProjectCostInputs costs;
};

}  // namespace empreinte
