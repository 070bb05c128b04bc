#include "engine/factors/factor_set.h"

#include <set>

namespace empreinte {

const std::map<std::string, FactorRow, std::less<>>& FactorSet::rows(FactorTable table) const {
  switch (table) {
    case FactorTable::kElectricity:
      return electricity_;
    case FactorTable::kDatacentres:
      return datacentres_;
    case FactorTable::kHardware:
      return hardware_;
    case FactorTable::kDefaults:
      return defaults_;
    case FactorTable::kModels:
      return models_;
    case FactorTable::kProviders:
      return providers_;
    case FactorTable::kTasks:
      return tasks_;
    case FactorTable::kPrices:
      return prices_;
  }
  return defaults_;
}

const FactorRow* FactorSet::row(FactorTable table, std::string_view id) const {
  const auto& table_rows = rows(table);
  const auto found = table_rows.find(id);
  return found == table_rows.end() ? nullptr : &found->second;
}

std::vector<std::string_view> FactorSet::ids(FactorTable table) const {
  std::vector<std::string_view> out;
  for (const auto& [id, row] : rows(table)) out.push_back(id);
  return out;
}

const Source* FactorSet::source(std::string_view id) const {
  const auto found = sources_.find(id);
  return found == sources_.end() ? nullptr : &found->second;
}

const Factor* FactorSet::find(std::string_view factor_id) const {
  const auto slash = factor_id.find('/');
  if (slash == std::string_view::npos) return nullptr;
  const std::string_view table = factor_id.substr(0, slash);
  const std::string_view rest = factor_id.substr(slash + 1);
  if (table == "default") return parameter(rest);
  const auto last = rest.rfind('/');
  if (last == std::string_view::npos) return nullptr;
  const std::string_view row_id = rest.substr(0, last);
  const std::string_view quantity = rest.substr(last + 1);
  const FactorRow* found = nullptr;
  if (table == "electricity") found = row(FactorTable::kElectricity, row_id);
  if (table == "datacentre") found = row(FactorTable::kDatacentres, row_id);
  if (table == "hardware") found = row(FactorTable::kHardware, row_id);
  if (table == "model") found = row(FactorTable::kModels, row_id);
  if (table == "provider") found = row(FactorTable::kProviders, row_id);
  if (table == "task") found = row(FactorTable::kTasks, row_id);
  if (table == "price") found = row(FactorTable::kPrices, row_id);
  return found == nullptr ? nullptr : found->quantity(quantity);
}

ZoneFactor FactorSet::zone_factor(std::string_view zone, std::string_view quantity) const {
  ZoneFactor out{nullptr, std::string(zone), std::string(zone)};
  std::set<std::string_view> visited;  // the loader rejects cycles; this only guards the walk
  const FactorRow* current = row(FactorTable::kElectricity, zone);
  while (current != nullptr && visited.insert(current->id).second) {
    if (const Factor* factor = current->quantity(quantity)) {
      out.factor = factor;
      out.used_zone = current->id;
      return out;
    }
    const std::string_view parent = current->field("parent");
    current = parent.empty() ? nullptr : row(FactorTable::kElectricity, parent);
  }
  return out;
}

const Factor* FactorSet::parameter(std::string_view id) const {
  const FactorRow* found = row(FactorTable::kDefaults, id);
  return found == nullptr ? nullptr : found->quantity("value");
}

}  // namespace empreinte
