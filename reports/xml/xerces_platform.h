#pragma once
/// @file xerces_platform.h
/// Scoped, reference-counted initialisation of the Xerces-C platform.

namespace empreinte::report::xml {

/// Holds one reference on the Xerces-C platform: XMLPlatformUtils::Initialize on construction,
/// Terminate on destruction. Xerces counts the calls itself, but the count is not thread-safe, so
/// both run under one process-wide mutex. Every Xerces object must be released before the last
/// XercesPlatform goes.
class XercesPlatform {
 public:
  /// Initialises Xerces-C; throws InternalError if it cannot.
  XercesPlatform();
  /// Terminates Xerces-C (only the last reference really does).
  ~XercesPlatform();
  XercesPlatform(const XercesPlatform&) = delete;
  XercesPlatform& operator=(const XercesPlatform&) = delete;
};

}  // namespace empreinte::report::xml
