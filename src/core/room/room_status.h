// What the app knows of the live room during a show, for the views to draw: where phones join, and
// how many answered the question on stage (never who answered what). The app layer runs the server
// and sends this in Commands; core and the views only read it.
#pragma once

#include "core/room/room_qr.h"

#include <optional>
#include <string>
#include <vector>

namespace cs {

struct RoomStatus {
    bool open = false;
    std::string address;           // "http://ADDR:PORT/CODE", as printed on stderr
    std::string shortAddress;      // the same without "http://", for the room to read and type
    std::string networkName;       // the network interface phones reach it through ("wlan0"); "" = this computer only
    bool thisComputerOnly = false; // no network: only a browser on this computer can open the page
    QrCode qr;                     // of `address`; empty when it could not be encoded (the address still shows)
    // The question on stage as the phones have it ("" = none), and what the room did with it.
    std::string questionId;
    int answers = 0;
    bool answersClosed = false;                   // revealed: the question takes no more answers
    std::optional<std::vector<int>> distribution; // per choice, only from RoomAnswers::kSmallestShownCount answers
    friend bool operator==(const RoomStatus&, const RoomStatus&) = default;
};

} // namespace cs
