#include "core/room/room_qr.h"

#include <qrencode.h>

#include <memory>
#include <string>

namespace cs {

std::optional<QrCode> qrCodeFor(std::string_view text) {
    // libqrencode reads a C string; an address never holds a NUL, and a text that does is refused.
    if (text.empty() || text.size() > 1024 || text.find('\0') != std::string_view::npos) return std::nullopt;
    const std::string copy(text);
    // 8-bit mode: the address keeps its case (the show's code is lower case, the scheme too).
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(copy.c_str(), 0, QR_ECLEVEL_M),
                                                               &QRcode_free);
    if (!code || code->width <= 0) return std::nullopt;
    QrCode out;
    out.size = code->width;
    out.dark.resize(std::size_t(out.size) * std::size_t(out.size));
    // Bit 0 of each byte is the module's colour (1 = dark); the other bits say what kind of module it is.
    for (std::size_t i = 0; i < out.dark.size(); ++i)
        out.dark[i] = code->data[i] & 1u;
    return out;
}

} // namespace cs
