// The room's address as a QR code, so a phone can join by pointing its camera at the projector: the
// modules only (which squares are dark); the view draws them. Encoded by libqrencode.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace cs {

struct QrCode {
    int size = 0;                   // modules per side (21 for version 1, 4 more per version)
    std::vector<std::uint8_t> dark; // size × size, row by row: 1 = a dark module
    bool isDark(int x, int y) const { return dark[std::size_t(y) * std::size_t(size) + std::size_t(x)] != 0; }
    friend bool operator==(const QrCode&, const QrCode&) = default;
};

// Modules of light margin a reader needs around the code (the "quiet zone").
inline constexpr int kQrQuietModules = 4;

// `text` (an address, up to a few hundred bytes) as a QR code with medium error correction (a code
// on a projector is seen at an angle, sometimes through glare). Nullopt when it cannot be encoded.
std::optional<QrCode> qrCodeFor(std::string_view text);

} // namespace cs
