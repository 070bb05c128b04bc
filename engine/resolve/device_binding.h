#pragma once
/// @file device_binding.h
/// Binding of the keys compute and training stages share: the device's draw, service life,
/// manufacturing impacts and site.

#include <optional>
#include <string>

#include "engine/resolve/binding_context.h"

namespace empreinte {

/// A device of the hardware table, bound for one stage.
struct BoundDevice {
  /// The hardware row.
  const FactorRow* row = nullptr;
  /// Draw of one device while running (measured, or idle + utilisation × (max − idle)).
  Power running_power;
  /// Service life.
  Duration lifetime;
  /// Service life, h, central value (for allocation rules and texts).
  double lifetime_hours = 0.0;
  /// Manufacturing impacts of one device.
  EmbodiedFactors embodied;
  /// Site factors.
  SiteFactors site;
};

/// Binds `spec` for the stage `stage_key` ("option/stage"), described as `where_text` in
/// assumptions. Returns nullopt after errors.
std::optional<BoundDevice> bind_device(BindingContext& context, const DeviceUseSpec& spec,
                                       const std::string& stage_key, const std::string& where_text);

/// A service life and where it came from.
struct BoundLifetime {
  /// The life, as samples.
  Duration lifetime;
  /// The life, h, central value (for allocation rules and texts).
  double hours = 0.0;
  /// The default parameter used when neither the stage nor the device gives one, else null.
  const Factor* default_used = nullptr;
};

/// Service life: the stage's `stated` one, else the device's (when `device` is given and has
/// one), else `default/hardware_lifetime`. Nullopt after an error at `where`.
std::optional<BoundLifetime> bind_lifetime(BindingContext& context,
                                           const std::optional<Located<double>>& stated,
                                           const FactorRow* device, const SourceLocation& where);

/// Manufacturing impacts of the host (CPUs, memory, chassis) per accelerator it carries:
/// GWP always, primary energy and ADPe where the factor set has them, water not sourced.
/// Nullopt after an error at `where`.
std::optional<EmbodiedFactors> bind_host_embodied(BindingContext& context,
                                                  const SourceLocation& where);

/// Manufacturing impacts of one device of the hardware table; criteria without a sourced
/// figure count as zero, and an assumption says so.
EmbodiedFactors bind_embodied(BindingContext& context, const FactorRow& row);

/// Owned hardware is held for the whole horizon, at most its service life: returns that time
/// and states the rule for the stage `stage_key`.
Duration owned_for_horizon(BindingContext& context, double lifetime_hours,
                           const std::string& stage_key, const std::string& where_text);

/// SCI: what is reserved counts. Owned hardware is reserved for the whole horizon, at most its
/// service life: returns that time. Rented hardware is reserved for the hours it is used:
/// returns nullopt (the caller uses its hours). States the rule applied either way.
std::optional<Duration> owned_reservation(BindingContext& context, const DeviceUseSpec& spec,
                                          const BoundDevice& device, const std::string& stage_key,
                                          const std::string& where_text);

}  // namespace empreinte
