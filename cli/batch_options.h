#pragma once
/// @file batch_options.h
/// The options that say how a batch runs rather than what it writes: `--jobs N` (threads),
/// `--samples N` and `--seed S` (RunOptions). Their values are read as text and checked here, so
/// that "-1" or "ten" is a usage error instead of a wrapped-around or zero number.

#include <boost/program_options/options_description.hpp>
#include <string>

#include "engine/pipeline/run.h"

namespace empreinte::cli {

/// The options' text as given ("" when not given).
struct BatchOptionText {
  /// `--jobs`.
  std::string jobs;
  /// `--samples`.
  std::string samples;
  /// `--seed`.
  std::string seed;
};

/// What the options mean once checked.
struct BatchOptions {
  /// Files handled at once (≥ 1); 1 is one after the other on the main thread.
  unsigned jobs = 1;
  /// Samples and seed of every run.
  RunOptions run;
};

/// The default of `--jobs`: the hardware threads of this machine (1 when unknown).
unsigned default_jobs();

/// Declares `--jobs,-j` in `named`, storing its text in `text.jobs`.
void add_jobs_option(boost::program_options::options_description& named, BatchOptionText& text);

/// Declares `--samples` and `--seed` in `named`, with the defaults of RunOptions{}.
void add_run_options(boost::program_options::options_description& named, BatchOptionText& text);

/// Checks and converts `text`; options not given take their defaults. Throws
/// boost::program_options::error (a usage error) on a value that is not a whole number in range.
BatchOptions batch_options(const BatchOptionText& text);

}  // namespace empreinte::cli
