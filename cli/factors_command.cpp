#include <boost/program_options.hpp>
#include <iomanip>
#include <ostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/factor_options.h"
#include "engine/core/number_text.h"
#include "engine/factors/factor_lint.h"
#include "engine/factors/factor_schema.h"

namespace empreinte::cli {
namespace {

namespace po = boost::program_options;

constexpr const char* kFactorsUsage =
    "usage: empreinte factors list [TABLE] [--factors DIR]\n"
    "       empreinte factors show ID [--factors DIR]\n"
    "       empreinte factors lint [--factors DIR]\n\n"
    "list   the rows of every table, or of TABLE (electricity, datacentres, hardware, defaults,\n"
    "       models, providers, prices)\n"
    "show   every figure of a row (FR, nvidia-h100-sxm5-80gb, electricity/FR) or one factor\n"
    "       (electricity/FR/gwp, price/electricity/FR/energy_price), with unit, range, source,\n"
    "       year and licence (and, for a price, the date it was read)\n"
    "lint   check units, plausible ranges, sources, unique ids and manifest checksums\n\n";

std::string factor_line(const Factor& factor) {
  std::string line =
      shortest_text(factor.value) + " " + std::string(canonical_unit(factor.dimension));
  if (factor.low && factor.high) {
    line += " [" + shortest_text(*factor.low) + " – " + shortest_text(*factor.high) + "]";
  }
  line +=
      "  (" + factor.source_id + ", " + std::to_string(factor.year) + ", " + factor.licence + ")";
  return line;
}

void print_factor(const Factor& factor, const FactorSet& factors, std::ostream& out) {
  out << factor.id << "\n  " << factor.label << "\n  " << factor_line(factor) << '\n';
  if (!factor.note.empty()) out << "  note: " << factor.note << '\n';
  if (const Source* source = factors.source(factor.source_id)) {
    out << "  source: " << source->title;
    if (!source->publisher.empty()) out << ", " << source->publisher;
    if (source->year != 0) out << " (" << source->year << ")";
    out << '\n';
    if (!source->url.empty()) out << "  " << source->url << '\n';
  }
  out << "  defined at " << factor.where.to_string() << '\n';
}

int list_tables(const FactorSet& factors, const std::string& only, Console console) {
  bool found = false;
  for (const FactorTableSpec& spec : factor_table_specs()) {
    if (!only.empty() && only != spec.name) continue;
    found = true;
    console.out << spec.name << " (" << factors.rows(spec.table).size() << " rows)\n";
    for (const auto& [id, row] : factors.rows(spec.table)) {
      console.out << "  " << std::left << std::setw(32) << id << ' ' << row.field("name");
      if (spec.table == FactorTable::kElectricity) {
        if (const Factor* gwp = row.quantity("gwp")) {
          console.out << "  " << shortest_text(gwp->value) << " kgCO2e/kWh";
        }
      }
      if (spec.table == FactorTable::kPrices) {
        // Each figure as its table writes it (EUR/Mtoken, EUR/h…), and the date of the price.
        for (const auto& [key, factor] : row.quantities) {
          console.out << "  " << shortest_text(factor.as_written.value) << ' '
                      << factor.as_written.unit;
        }
        console.out << "  (" << row.field("price_date") << ')';
      }
      console.out << '\n';
    }
  }
  if (!found) {
    console.err << "empreinte: unknown table '" << only
                << "' (tables: electricity, datacentres, hardware, defaults, models, providers, "
                   "prices)\n";
    return kExitUsage;
  }
  console.out << "factor set: " << factors.version() << '\n';
  return kExitOk;
}

int show(const FactorSet& factors, const std::string& id, Console console) {
  if (const Factor* factor = factors.find(id)) {
    print_factor(*factor, factors, console.out);
    return kExitOk;
  }
  bool found = false;
  for (const FactorTableSpec& spec : factor_table_specs()) {
    const FactorRow* row = factors.row(spec.table, id);
    if (row == nullptr) continue;
    found = true;
    console.out << spec.name << " row " << row->id << '\n';
    for (const auto& [key, value] : row->fields)
      console.out << "  " << key << ": " << value << '\n';
    for (const auto& [key, factor] : row->quantities) print_factor(factor, factors, console.out);
  }
  if (const Source* source = factors.source(id); source != nullptr && !found) {
    found = true;
    console.out << "source " << source->id << "\n  " << source->title << "\n  " << source->publisher
                << " (" << source->year << "), licence " << source->licence << "\n  " << source->url
                << '\n';
    if (!source->note.empty()) console.out << "  note: " << source->note << '\n';
  }
  if (!found) {
    console.err << "empreinte: no factor, row or source '" << id
                << "' (see `empreinte factors list`)\n";
    return kExitRejected;
  }
  return kExitOk;
}

int lint(const std::optional<std::string>& user_folder, Console console) {
  Diagnostics diagnostics;
  SourceCache sources;
  std::vector<FactorDirectory> directories = {bundled_factor_directory()};
  if (user_folder) directories.push_back(read_factor_directory(*user_folder, diagnostics));
  const FactorSet factors = load_factor_set(directories, diagnostics, sources);
  lint_factor_set(factors, directories, diagnostics);
  console.err << render_all(diagnostics, sources);
  std::size_t rows = 0;
  for (const FactorTableSpec& spec : factor_table_specs()) rows += factors.rows(spec.table).size();
  console.out << factors.version() << ": " << rows << " rows, " << factors.sources().size()
              << " sources, " << diagnostics.error_count()
              << (diagnostics.error_count() == 1 ? " error\n" : " errors\n");
  return diagnostics.has_errors() ? kExitRejected : kExitOk;
}

}  // namespace

int factors_command(const std::vector<std::string>& args, Console console) {
  std::vector<std::string> words;
  std::string factors_folder;
  po::options_description named("options");
  named.add_options()("help,h", "this text")("factors", po::value(&factors_folder),
                                             kFactorsOptionHelp);
  const bool help = parse_command_line(args, named, words);
  if (help || words.empty()) {
    (help ? console.out : console.err) << kFactorsUsage << named;
    return help ? kExitOk : kExitUsage;
  }
  const std::optional<std::string> user_folder =
      factors_folder.empty() ? std::nullopt : std::optional(factors_folder);
  const std::string& action = words.front();
  if (action == "lint" && words.size() == 1) return lint(user_folder, console);
  if ((action == "list" && words.size() <= 2) || (action == "show" && words.size() == 2)) {
    SourceCache sources;
    const std::optional<FactorSet> factors = load_factors(user_folder, console, sources);
    if (!factors) return kExitRejected;
    if (action == "list") return list_tables(*factors, words.size() == 2 ? words[1] : "", console);
    return show(*factors, words[1], console);
  }
  throw po::error("unexpected arguments for `factors " + action +
                  "`; see `empreinte factors --help`");
}

}  // namespace empreinte::cli
