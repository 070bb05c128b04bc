#include "engine/factors/factor_schema.h"

#include <optional>

#include "engine/core/check.h"

namespace empreinte {

const std::vector<FactorTableSpec>& factor_table_specs() {
  // Plausible ranges are sanity bounds for the lint, not model inputs: grid intensities stay
  // within 0–1.5 kgCO2e/kWh (lignite plants ≈ 1.1), PUE within 1–3, devices within 1 W–100 kW.
  static const std::vector<FactorTableSpec> specs = {
      {FactorTable::kElectricity,
       "electricity.toml",
       "electricity",
       "zone",
       "electricity",
       {{"name", true}, {"kind", true}, {"parent", false}},
       {{"gwp", Dimension::kCarbonIntensity, true, "Grid carbon intensity", 0.0, 1.5},
        {"primary_energy", Dimension::kPrimaryEnergyIntensity, false,
         "Primary energy per kWh of electricity", 3.6, 20.0},
        {"water", Dimension::kWaterIntensity, false, "Grid water intensity (off-site)", 0.0, 20.0},
        {"adpe", Dimension::kAdpeIntensity, false, "Abiotic depletion per kWh of electricity", 0.0,
         1e-5}}},
      {FactorTable::kDatacentres,
       "datacentres.toml",
       "datacentres",
       "profile",
       "datacentre",
       {{"name", true}, {"description", false}},
       {{"pue", Dimension::kRatio, true, "Power usage effectiveness", 1.0, 3.0},
        {"wue", Dimension::kWaterIntensity, true, "On-site water usage effectiveness", 0.0, 10.0}}},
      {FactorTable::kHardware,
       "hardware.toml",
       "hardware",
       "device",
       "hardware",
       {{"name", true},
        {"vendor", true},
        {"kind", true},
        {"released", false, true},
        {"description", false},
        {"embodied_scope", false}},
       {{"power_max", Dimension::kPower, true, "Maximum power draw", 0.001, 100.0},
        {"power_idle", Dimension::kPower, false, "Idle power draw", 0.0, 100.0},
        {"memory", Dimension::kMemory, false, "Memory", 0.0, 1e5},
        {"peak_tflops_fp16", Dimension::kComputeRate, false, "Peak dense FP16/BF16 throughput", 0.0,
         1e5},
        {"embodied_gwp", Dimension::kCarbonMass, true, "Manufacturing GWP", 1.0, 1e5},
        {"embodied_pe", Dimension::kPrimaryEnergy, false, "Manufacturing primary energy", 1.0, 1e7},
        {"embodied_adpe", Dimension::kAdpe, false, "Manufacturing abiotic depletion", 0.0, 10.0},
        {"embodied_water", Dimension::kWater, false, "Manufacturing water", 0.0, 1e7},
        {"lifetime", Dimension::kDuration, false, "Service life", 8760.0, 8760.0 * 15}}},
      // Parameter counts in billions; a proprietary model's figures are estimates, flagged by
      // `disclosure = "estimated"` and carried with their range.
      {FactorTable::kModels,
       "models.toml",
       "models",
       "model",
       "model",
       {{"name", true},
        {"developer", true},
        {"architecture", true},
        {"disclosure", true},
        {"weights", true},
        {"released", false, true},
        {"description", false}},
       {{"parameters_total", Dimension::kParameterCount, true, "Total parameters", 0.01, 1e4},
        {"parameters_active", Dimension::kParameterCount, true, "Active parameters per token", 0.01,
         1e4}}},
      {FactorTable::kProviders,
       "providers.toml",
       "providers",
       "provider",
       "provider",
       {{"name", true}, {"zone", true}, {"description", false}},
       {{"pue", Dimension::kRatio, true, "Power usage effectiveness", 1.0, 3.0},
        {"wue", Dimension::kWaterIntensity, true, "On-site water usage effectiveness", 0.0, 10.0}}},
      // Non-text inference work measured per unit (an image generated, an audio clip
      // transcribed…): accelerator energy of one unit on the accelerator `measured_on` names.
      // Plausible: 0.1 mWh (a small classifier) to 1 kWh (a long video).
      {FactorTable::kTasks,
       "tasks.toml",
       "tasks",
       "task",
       "task",
       {{"name", true},
        {"work_unit", true},
        {"measured_on", true},
        {"model", false},
        {"conditions", false},
        {"description", false}},
       {{"energy_per_unit", Dimension::kEnergy, true, "Accelerator energy per unit of work", 1e-7,
         1.0}}},
      // Prices and exchange rates. Every row names its category, the date the price was read or
      // the period it covers (`price_date`), and joins the other tables through `zone`,
      // `provider`, `model` and `device`; the lint checks each category's keys
      // (price_categories) and that every join resolves. Money is EUR, excluding VAT.
      {FactorTable::kPrices,
       "prices.toml",
       "prices",
       "price",
       "price",
       {{"name", true},
        {"category", true},
        {"price_date", true},
        {"zone", false},
        {"provider", false},
        {"model", false},
        {"device", false},
        {"vendor", false},
        {"instance", false},
        {"region", false},
        {"accelerators", false, true},
        {"description", false}},
       {{"energy_price", Dimension::kEnergyPrice, false, "Electricity price", 0.005, 1.0},
        {"instance_hour", Dimension::kCostRate, false, "Price per instance-hour", 0.01, 1000.0},
        {"input_tokens", Dimension::kTokenPrice, false, "Price of input tokens", 0.001, 1000.0},
        {"output_tokens", Dimension::kTokenPrice, false, "Price of output tokens", 0.001, 1000.0},
        {"unit_price", Dimension::kMoney, false, "Purchase price", 10.0, 1e7},
        {"rate", Dimension::kRatio, false, "Exchange rate (currency units per EUR)", 1e-4, 1e4}}},
      {FactorTable::kDefaults,
       "defaults.toml",
       "defaults",
       "parameter",
       "default",
       {{"name", true}},
       {{"value", Dimension::kRatio, true, "", 0.0, 1e12}},
       /*any_dimension=*/true},
  };
  return specs;
}

const std::vector<PriceCategorySpec>& price_categories() {
  static const std::vector<PriceCategorySpec> categories = {
      {"electricity", "electricity", {"energy_price"}, {"zone"}},
      {"rental",
       "rental",
       {"instance_hour"},
       {"vendor", "instance", "region", "zone", "accelerators"}},
      {"api", "api", {"input_tokens", "output_tokens"}, {"provider", "model"}},
      {"purchase", "purchase", {"unit_price"}, {}},
      {"exchange-rate", "fx", {"rate"}, {}},
  };
  return categories;
}

const PriceCategorySpec* find_price_category(std::string_view name) {
  for (const PriceCategorySpec& category : price_categories()) {
    if (category.name == name) return &category;
  }
  return nullptr;
}

std::optional<PlausibleRange> plausible_range(Dimension dimension) {
  // Sanity bounds, canonical units: a purchase up to a billion euros, electricity between half a
  // cent and 2 EUR/kWh, a rate per year between -50 % and +100 %, a carbon value up to
  // 10,000 EUR/tCO2e (0.01 EUR/kgCO2e = 10 EUR/tCO2e).
  switch (dimension) {
    case Dimension::kMoney:
      return PlausibleRange{0.0, 1e9};
    case Dimension::kEnergyPrice:
      return PlausibleRange{0.005, 2.0};
    case Dimension::kCostRate:
      return PlausibleRange{0.0, 1e4};
    case Dimension::kTokenPrice:
      return PlausibleRange{0.0, 1000.0};
    case Dimension::kLabourRate:
      return PlausibleRange{10.0, 1e4};
    case Dimension::kCarbonPrice:
      return PlausibleRange{0.0, 10.0};
    case Dimension::kRatePerYear:
      return PlausibleRange{-0.5, 1.0};
    default:
      return std::nullopt;
  }
}

const FactorTableSpec* find_factor_table_spec(std::string_view file_name) {
  for (const FactorTableSpec& spec : factor_table_specs()) {
    if (spec.file == file_name) return &spec;
  }
  return nullptr;
}

const FactorTableSpec& factor_table_spec(FactorTable table) {
  for (const FactorTableSpec& spec : factor_table_specs()) {
    if (spec.table == table) return spec;
  }
  fail_check(__FILE__, __LINE__, "known table", "no spec for a factor table");
}

std::optional<Dimension> parameter_dimension(std::string_view parameter_id) {
  if (parameter_id == "hardware_lifetime") return Dimension::kDuration;
  if (parameter_id.starts_with("idle_power_fraction_")) return Dimension::kRatio;
  if (parameter_id == "model_flops_utilization") return Dimension::kRatio;
  if (parameter_id == "training_flops_per_parameter_token") return Dimension::kRatio;
  if (parameter_id == "host_power_per_accelerator") return Dimension::kPower;
  if (parameter_id == "host_embodied_gwp_per_accelerator") return Dimension::kCarbonMass;
  if (parameter_id == "host_embodied_pe_per_accelerator") return Dimension::kPrimaryEnergy;
  if (parameter_id == "host_embodied_adpe_per_accelerator") return Dimension::kAdpe;
  if (parameter_id.starts_with("storage_energy_")) return Dimension::kStorageEnergyIntensity;
  if (parameter_id.starts_with("storage_embodied_gwp_")) return Dimension::kStorageCarbonIntensity;
  if (parameter_id == "storage_replication_default") return Dimension::kRatio;
  if (parameter_id == "network_energy_per_gb") return Dimension::kNetworkEnergyIntensity;
  // Regression coefficients of the LLM API model and other plain numbers: their units are
  // stated in each row's name and note.
  if (parameter_id.starts_with("llm_")) return Dimension::kRatio;
  if (parameter_id.starts_with("end_of_life_share_")) return Dimension::kRatio;
  // Cost model (total cost of ownership): rates per year, the residual share of a purchase at the
  // end of its service life, and the carbon value trajectory (carbon_value_<year>).
  if (parameter_id == "discount_rate") return Dimension::kRatePerYear;
  if (parameter_id == "electricity_price_escalation") return Dimension::kRatePerYear;
  if (parameter_id == "maintenance_share_of_capex") return Dimension::kRatePerYear;
  if (parameter_id == "residual_value_share_at_end_of_life") return Dimension::kRatio;
  if (parameter_id.starts_with("carbon_value_")) return Dimension::kCarbonPrice;
  return std::nullopt;
}

}  // namespace empreinte
