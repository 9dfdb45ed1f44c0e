// The desktop has no web page around it: nothing to ask of a browser.
#include "app/page_services.h"

namespace cs::page {

void pickFiles(bool) {}

void setFullscreen(bool) {}

bool offerDownload(std::string_view, std::span<const std::uint8_t>) {
    return false;
}

} // namespace cs::page
