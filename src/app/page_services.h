// What only the web page can do, asked of the browser: its file picker and its downloads. The desktop
// build answers "not here" (page_services_none.cpp); the page's are in web/page_services.cpp.
#pragma once

#include "core/build_platform.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace cs::page {

inline constexpr bool kInBrowser = kWebPage;

// Opens the browser's file picker for a scenario file and its pictures (`folder`: a whole folder).
// What the person chooses reaches the app later, as a file to open (web_main.cpp).
void pickFiles(bool folder);

// Asks the browser to show the page fullscreen, or to leave fullscreen. The browser may refuse (it
// allows it only shortly after the person's key press or click); the page then tells the app
// (coinstudio_fullscreen_changed), as it does when the person leaves fullscreen with the browser's Esc.
void setFullscreen(bool on);

// Hands `bytes` to the browser as a download named `fileName`. False when it cannot.
bool offerDownload(std::string_view fileName, std::span<const std::uint8_t> bytes);

} // namespace cs::page
