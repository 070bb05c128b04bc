#include "cli/command_line.h"

namespace empreinte::cli {

bool parse_command_line(const std::vector<std::string>& args,
                        const boost::program_options::options_description& named,
                        std::vector<std::string>& words) {
  namespace po = boost::program_options;
  po::options_description all;
  all.add(named).add_options()("word", po::value(&words));
  po::positional_options_description positional;
  positional.add("word", -1);
  po::variables_map values;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), values);
  po::notify(values);
  return values.count("help") != 0;
}

}  // namespace empreinte::cli
