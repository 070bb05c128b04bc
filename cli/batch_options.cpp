#include "cli/batch_options.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <charconv>
#include <limits>
#include <thread>

namespace empreinte::cli {
namespace {

namespace po = boost::program_options;

// `text` as a whole number from `low` to the largest T; throws a usage error naming `option`.
template <typename T>
T whole_number(const std::string& option, const std::string& text, T low) {
  T value{};
  const char* const end = text.data() + text.size();
  // Digits only: from_chars would take no sign, but neither "+1" nor " 1" should pass.
  const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (!digits || error != std::errc{} || stop != end || value < low) {
    throw po::error("the value '" + text + "' of --" + option + " is not a whole number from " +
                    std::to_string(low) + " to " + std::to_string(std::numeric_limits<T>::max()));
  }
  return value;
}

}  // namespace

unsigned default_jobs() { return std::max(1U, std::thread::hardware_concurrency()); }

void add_jobs_option(po::options_description& named, BatchOptionText& text) {
  const std::string help =
      "files handled at once, on as many threads; 1: one after the other "
      "(default: the hardware threads, " +
      std::to_string(default_jobs()) + " here)";
  named.add_options()("jobs,j", po::value(&text.jobs)->value_name("N"), help.c_str());
}

void add_run_options(po::options_description& named, BatchOptionText& text) {
  const RunOptions defaults{};
  const std::string samples_help =
      "Monte Carlo draws per project; 0: a point estimate only (default: " +
      std::to_string(defaults.samples) + ")";
  const std::string seed_help =
      "random seed: the same inputs and seed give the same reports (default: " +
      std::to_string(defaults.seed) + ")";
  named.add_options()("samples", po::value(&text.samples)->value_name("N"), samples_help.c_str())(
      "seed", po::value(&text.seed)->value_name("S"), seed_help.c_str());
}

BatchOptions batch_options(const BatchOptionText& text) {
  BatchOptions out;
  out.jobs = text.jobs.empty() ? default_jobs() : whole_number<unsigned>("jobs", text.jobs, 1);
  using SampleCount = decltype(RunOptions::samples);
  using Seed = decltype(RunOptions::seed);
  if (!text.samples.empty()) {
    out.run.samples = whole_number<SampleCount>("samples", text.samples, 0);
  }
  if (!text.seed.empty()) out.run.seed = whole_number<Seed>("seed", text.seed, 0);
  return out;
}

}  // namespace empreinte::cli
