// What the room's server answers to a phone, decided here without sockets: the participant page, its
// script, the question on stage as JSON, and an answer sent by the page (with or without JavaScript).
// Only these routes exist, and only under the show's code: anything else is a 404 that says nothing.
// Nothing about a request (address, browser, time) reaches this layer or is kept.
#pragma once

#include "core/room/room_answers.h"

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

struct RoomRequest {
    std::string method; // "GET", "POST" …
    std::string path;   // "/<code>", "/<code>/state" …, without the query
    std::string query;  // after '?', as sent
    std::string body;   // POST: application/x-www-form-urlencoded
};

struct RoomResponse {
    int status = 404;
    std::string contentType = "text/plain; charset=utf-8";
    std::string body;
};

// What the room's page needs to know of the show.
struct RoomShow {
    std::string code;     // the secret part of the address (showCodeFrom)
    std::string language; // "en" or "fr": the page's words
};

// The largest request body the page ever sends; larger ones are refused (413).
constexpr std::size_t kRoomMaxBody = 1024;

// Headers every response carries: a strict Content-Security-Policy (the page's own script and style
// only, nothing from elsewhere, no frames), no caching, no referrer, no type sniffing.
const std::vector<std::pair<std::string, std::string>>& roomResponseHeaders();

// Answers one request. `newDeviceToken` makes a fresh random device token for a page being served
// (the page keeps it; nothing else does).
RoomResponse answerRoomRequest(RoomAnswers& room, const RoomShow& show, const RoomRequest& request,
                               const std::function<std::string()>& newDeviceToken);

// The value of `name` in a query string or a form body ("a=1&b=two+words"), percent-decoded; "" when
// absent or malformed.
std::string formValue(std::string_view form, std::string_view name);

} // namespace cs
