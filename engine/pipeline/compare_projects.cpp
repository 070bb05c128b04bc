#include "engine/pipeline/compare_projects.h"

#include <set>

#include "engine/core/check.h"
#include "engine/core/number_text.h"
#include "engine/pipeline/comparison.h"
#include "engine/pipeline/figures.h"
#include "engine/uncertainty/statistics.h"

namespace empreinte {
namespace {

// Weights are points out of 100 in the report, fractions in the input.
constexpr double kFullScore = 100.0;

double divisor_of(const report::ProjectInfo& project, ComparisonBasis basis) {
  switch (basis) {
    case ComparisonBasis::kTotal:
      break;
    case ComparisonBasis::kPerYear:
      return project.horizon_years;
    case ComparisonBasis::kPerFunctionalUnit:
      return project.functional_units_per_year * project.horizon_years;
  }
  return 1.0;
}

report::ImpactSet figures_of(const std::array<Samples, kCriterionCount>& totals) {
  report::ImpactSet out;
  for (const Criterion c : kAllCriteria) out[c] = figure_of(totals[index_of(c)]);
  return out;
}

// The award weights a report applied, back in the input's form.
AwardSpec award_of(const report::Scoring& scoring) {
  AwardSpec award;
  if (scoring.environment_weight) {
    award.environment = Located<double>{*scoring.environment_weight / kFullScore, {}};
  }
  for (const report::CriterionWeight& weight : scoring.weights) {
    CriterionWeightSpec spec;
    spec.criterion = weight.criterion;
    spec.weight = Located<double>{weight.weight / kFullScore, weight.declared_at};
    if (weight.share_of_group) {
      spec.share_of_environment =
          Located<double>{*weight.share_of_group / kFullScore, weight.declared_at};
    }
    award.weights.push_back(std::move(spec));
  }
  return award;
}

bool same_weights(const report::Scoring& a, const report::Scoring& b) {
  if (a.weights.size() != b.weights.size()) return false;
  for (std::size_t i = 0; i < a.weights.size(); ++i) {
    const report::CriterionWeight& x = a.weights[i];
    const report::CriterionWeight& y = b.weights[i];
    if (x.criterion != y.criterion || !same_value(x.weight, y.weight)) return false;
  }
  return true;
}

// The weights every project states, or a note saying why there is no score.
std::optional<AwardSpec> shared_award(const std::vector<AssessedProject>& projects,
                                      std::vector<std::string>& notes) {
  const report::Scoring* first = nullptr;
  std::size_t with_weights = 0;
  bool same = true;
  for (const AssessedProject& project : projects) {
    const std::optional<report::Scoring>& scoring = project.report->comparison.scoring;
    if (!scoring) continue;
    ++with_weights;
    if (first == nullptr) {
      first = &*scoring;
    } else {
      same = same && same_weights(*first, *scoring);
    }
  }
  if (with_weights == 0) return std::nullopt;
  if (with_weights < projects.size()) {
    notes.push_back("no score: " + std::to_string(with_weights) + " of " +
                    std::to_string(projects.size()) +
                    " projects give award weights ([project.award]); give the same weights in "
                    "every file to score them together");
    return std::nullopt;
  }
  if (!same) {
    notes.emplace_back(
        "no score: the projects give different award weights ([project.award]); options are "
        "scored together only under one set of weights");
    return std::nullopt;
  }
  return award_of(*first);
}

std::string joined(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Notes on figures that do not compare: totals over different horizons, per-unit figures of
// different functional units.
void add_basis_notes(const std::vector<report::ComparedProject>& projects, ComparisonBasis basis,
                     std::vector<std::string>& notes) {
  std::set<std::string> horizons;
  std::set<std::string> units;
  for (const report::ComparedProject& project : projects) {
    horizons.insert(shortest_text(project.horizon_years));
    units.insert("\"" + project.functional_unit + "\"");
  }
  if (basis == ComparisonBasis::kTotal && horizons.size() > 1) {
    notes.push_back("the projects cover different horizons (" + joined(horizons) +
                    " years): their totals do not compare; use --basis per-year or "
                    "per-functional-unit");
  }
  if (basis == ComparisonBasis::kPerFunctionalUnit && units.size() > 1) {
    notes.push_back("the projects count different functional units (" + joined(units) +
                    "): per-unit figures compare only if these units are the same service");
  }
}

}  // namespace

std::string_view basis_name(ComparisonBasis basis) {
  switch (basis) {
    case ComparisonBasis::kTotal:
      break;
    case ComparisonBasis::kPerYear:
      return "per-year";
    case ComparisonBasis::kPerFunctionalUnit:
      return "per-functional-unit";
  }
  return "total";
}

report::CrossComparison compare_projects(const std::vector<AssessedProject>& projects,
                                         ComparisonBasis basis) {
  EMPREINTE_CHECK(!projects.empty(), "a comparison needs a project");
  report::CrossComparison out;
  const report::Report& first = *projects.front().report;
  out.engine_version = first.engine_version;
  out.methodology_version = first.methodology_version;
  out.factor_set_version = first.factor_set_version;
  out.draws = first.uncertainty.draws;
  out.seed = first.uncertainty.seed;
  out.basis = basis_name(basis);

  std::vector<ComparedOption> compared;
  for (const AssessedProject& project : projects) {
    const report::Report& r = *project.report;
    EMPREINTE_CHECK(r.uncertainty.draws == out.draws && r.uncertainty.seed == out.seed,
                    "projects compared together are run on the same draws");
    EMPREINTE_CHECK(r.options.size() == project.option_totals->size(), "one total per option");
    out.projects.push_back({r.project.id, r.project.title, r.project.source_file,
                            r.project.functional_unit, r.project.functional_units_per_year,
                            r.project.horizon_years});
    const double divisor = divisor_of(r.project, basis);
    for (std::size_t i = 0; i < r.options.size(); ++i) {
      ComparedOption option{r.project.id + "/" + r.options[i].id,
                            criterion_samples((*project.option_totals)[i], divisor)};
      out.options.push_back(
          {option.id, r.project.id, r.options[i].title, figures_of(option.totals)});
      compared.push_back(std::move(option));
    }
  }
  out.pairs = option_pairs(compared);
  add_basis_notes(out.projects, basis, out.notes);
  out.comparison = compare_options(compared, shared_award(projects, out.notes));
  return out;
}

}  // namespace empreinte
