// The live room's QR code where the room cannot open (the web page): there is never an address to draw.
#include "core/room/room_qr.h"

namespace cs {

std::optional<QrCode> qrCodeFor(std::string_view) {
    return std::nullopt;
}

} // namespace cs
