#include "reports/xml/xerces_platform.h"

#include <mutex>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLException.hpp>

#include "engine/core/check.h"
#include "reports/xml/xerces_text.h"

namespace empreinte::report::xml {
namespace {

// Guards Xerces-C's non-atomic initialisation counter.
std::mutex& platform_mutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

XercesPlatform::XercesPlatform() {
  const std::lock_guard lock(platform_mutex());
  try {
    xercesc::XMLPlatformUtils::Initialize();
  } catch (const xercesc::XMLException& error) {
    fail_check(__FILE__, __LINE__, "XMLPlatformUtils::Initialize()", to_utf8(error.getMessage()));
  }
}

XercesPlatform::~XercesPlatform() {
  const std::lock_guard lock(platform_mutex());
  xercesc::XMLPlatformUtils::Terminate();
}

}  // namespace empreinte::report::xml
