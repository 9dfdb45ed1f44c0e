#include "core/room/room_requests.h"

#include "core/handout/html_text.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace cs {

namespace {

// The page's words, in the show's language.
struct RoomWords {
    const char* lang;
    const char* title;
    const char* waiting;
    const char* chooseOne;
    const char* send;
    const char* privacy;
    const char* noScript;
    const char* counted;
    const char* closed;
    const char* moved;
    const char* noQuestion;
    const char* notAChoice;
    const char* reload;
    const char* full;
};

constexpr RoomWords kEnglish{
    "en",
    "Answer the question",
    "No question right now. The next one appears here when the facilitator reaches it.",
    "Choose one answer",
    "Send my answer",
    "Anonymous: your answer is only counted with everyone else's, is not stored, and nothing about you "
    "is kept. The room sees only how many chose each answer, and only when at least five people answered.",
    "Without JavaScript this page does not follow the show by itself: reload it when a new question is "
    "asked.",
    "Your answer was counted. You can change it until the answer is shown.",
    "The answer has been shown: answers to this question are closed.",
    "The question has changed: here is the one asked now.",
    "There is no question to answer right now.",
    "Choose one of the answers, then send it.",
    "This page could not be used. Reload it and answer again.",
    "The room has all the answers it can count. Choose your answer silently, for yourself.",
};

constexpr RoomWords kFrench{
    "fr",
    "Répondre à la question",
    "Pas de question pour l'instant. La prochaine apparaîtra ici quand l'animation y arrivera.",
    "Choisissez une réponse",
    "Envoyer ma réponse",
    "Anonyme : votre réponse est seulement comptée avec celles des autres, elle n'est pas conservée, et "
    "rien ne vous concernant n'est gardé. La salle voit seulement combien ont choisi chaque réponse, et "
    "seulement si au moins cinq personnes ont répondu.",
    "Sans JavaScript, cette page ne suit pas la présentation d'elle-même : rechargez-la quand une "
    "nouvelle question est posée.",
    "Votre réponse a été comptée. Vous pouvez la changer jusqu'à ce que la réponse soit montrée.",
    "La réponse a été montrée : les réponses à cette question sont closes.",
    "La question a changé : voici celle qui est posée maintenant.",
    "Il n'y a pas de question à laquelle répondre pour l'instant.",
    "Choisissez une des réponses, puis envoyez-la.",
    "Cette page n'a pas pu servir. Rechargez-la et répondez de nouveau.",
    "La salle a toutes les réponses qu'elle peut compter. Choisissez votre réponse en silence, pour vous-même.",
};

const RoomWords& wordsFor(std::string_view language) {
    return language.substr(0, 2) == "fr" ? kFrench : kEnglish;
}

// What the page says about an answer, and the HTTP status that goes with it.
std::pair<int, const char*> resultOf(RoomAnswerResult r, const RoomWords& w) {
    switch (r) {
    case RoomAnswerResult::Counted:
    case RoomAnswerResult::Changed:
    case RoomAnswerResult::Unchanged: return {200, w.counted};
    case RoomAnswerResult::Revealed: return {409, w.closed};
    case RoomAnswerResult::OtherQuestion: return {409, w.moved};
    case RoomAnswerResult::NoQuestion: return {409, w.noQuestion};
    case RoomAnswerResult::NotAChoice: return {400, w.notAChoice};
    case RoomAnswerResult::BadDevice: return {400, w.reload};
    case RoomAnswerResult::Full: return {503, w.full};
    }
    return {400, w.reload};
}

const char* resultName(RoomAnswerResult r) {
    switch (r) {
    case RoomAnswerResult::Counted: return "counted";
    case RoomAnswerResult::Changed: return "changed";
    case RoomAnswerResult::Unchanged: return "unchanged";
    case RoomAnswerResult::NoQuestion: return "no-question";
    case RoomAnswerResult::OtherQuestion: return "other-question";
    case RoomAnswerResult::NotAChoice: return "not-a-choice";
    case RoomAnswerResult::Revealed: return "revealed";
    case RoomAnswerResult::BadDevice: return "bad-device";
    case RoomAnswerResult::Full: return "full";
    }
    return "bad-device";
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// "a+b%21" → "a b!"; nullopt when a '%' is not followed by two hex digits.
std::optional<std::string> percentDecoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            const int hi = hexValue(text[i + 1]), lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out += char(hi * 16 + lo);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

RoomResponse text(int status, std::string body) {
    return {status, "text/plain; charset=utf-8", std::move(body)};
}

// The page: the question on stage as a form that works without JavaScript, and the words about
// privacy. `said`: what became of an answer just sent ("" on a plain visit).
std::string pageHtml(const RoomAnswers& room, const RoomShow& show, const std::string& device,
                     const std::string& said) {
    const RoomWords& w = wordsFor(show.language);
    const std::string base = "/" + show.code;
    std::string out = std::string("<!doctype html>\n<html lang=\"") + w.lang +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      w.title + "</title>\n<link rel=\"stylesheet\" href=\"" + base +
                      "/page.css\">\n</head>\n<body>\n<main>\n";
    const std::optional<RoomQuestion>& q = room.question();
    out += "<form method=\"post\" action=\"" + base + "/answer\" id=\"answer\">\n";
    out += "<input type=\"hidden\" name=\"device\" value=\"" + handout::escapeHtml(device) + "\">\n";
    out +=
        "<input type=\"hidden\" name=\"question\" value=\"" + handout::escapeHtml(q ? q->id : std::string()) + "\">\n";
    out += "<h1 id=\"prompt\">" + handout::escapeHtml(q ? q->prompt : std::string(w.waiting)) + "</h1>\n";
    out += std::string("<fieldset id=\"choices\"") + (q && !room.revealed() ? "" : " hidden") + ">\n<legend>" +
           w.chooseOne + "</legend>\n";
    const std::optional<int> mine = room.answerOf(device);
    for (std::size_t i = 0; q && i < q->choices.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        out += "<label class=\"choice\"><input type=\"radio\" name=\"choice\" value=\"" + n + "\"" +
               (mine && *mine == int(i + 1) ? " checked" : "") + " required> " + handout::escapeHtml(q->choices[i]) +
               "</label>\n";
    }
    out += std::string("<button type=\"submit\">") + w.send + "</button>\n</fieldset>\n</form>\n";
    // A page loaded after the reveal (without JavaScript: reloaded) says why there is nothing to choose.
    const std::string status = said.empty() && q && room.revealed() ? std::string(w.closed) : said;
    out += "<p id=\"status\" role=\"status\" aria-live=\"polite\">" + handout::escapeHtml(status) + "</p>\n";
    out += std::string("<p class=\"privacy\">") + w.privacy + "</p>\n<noscript><p>" + w.noScript +
           "</p></noscript>\n</main>\n<script src=\"" + base + "/page.js\"></script>\n</body>\n</html>\n";
    return out;
}

// The page's look: large type and touch targets, strong contrast, in light or dark as the phone is set.
constexpr const char* kPageCss = R"(:root { color-scheme: light dark; }
body { margin: 0; font: 1.25rem/1.5 system-ui, sans-serif; background: #ffffff; color: #111111; }
main { max-width: 34rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.3; }
fieldset { border: 0; padding: 0; margin: 0; }
legend { font-weight: bold; margin-bottom: 0.5rem; }
.choice { display: flex; gap: 0.75rem; align-items: center; min-height: 3rem; padding: 0.5rem 0.75rem;
  margin: 0.5rem 0; border: 2px solid #555555; border-radius: 0.5rem; }
.choice input { width: 1.5rem; height: 1.5rem; }
button { font: inherit; min-height: 3rem; width: 100%; margin-top: 0.75rem; border: 0; border-radius: 0.5rem;
  background: #0b4f8a; color: #ffffff; }
button:focus-visible, .choice:focus-within { outline: 3px solid #c45a00; outline-offset: 2px; }
#status { font-weight: bold; min-height: 1.5em; }
.privacy { font-size: 1rem; color: #333333; }
@media (prefers-color-scheme: dark) {
  body { background: #111111; color: #f2f2f2; }
  .choice { border-color: #aaaaaa; }
  .privacy { color: #d0d0d0; }
  button { background: #5aa9e6; color: #111111; }
}
)";

// The page follows the show: it asks for the question on stage every two seconds, redraws the form when
// it changes, and sends an answer without leaving the page. The device token stays in the page.
constexpr const char* kPageJs = R"((function () {
  'use strict';
  var form = document.getElementById('answer');
  var base = form.getAttribute('action').replace(/\/answer$/, '');
  var device = form.elements.device.value;
  var shown = form.elements.question.value + '|' + !document.getElementById('choices').hidden;
  var status = document.getElementById('status');
  function draw(state) {
    var key = (state.question ? state.question.id : '') + '|' + !!(state.question && !state.revealed);
    if (key === shown) return;
    shown = key;
    form.elements.question.value = state.question ? state.question.id : '';
    document.getElementById('prompt').textContent = state.question ? state.question.prompt : state.waiting;
    var choices = document.getElementById('choices');
    choices.hidden = !(state.question && !state.revealed);
    Array.prototype.slice.call(choices.querySelectorAll('label.choice')).forEach(function (l) { l.remove(); });
    var button = choices.querySelector('button');
    (state.question ? state.question.choices : []).forEach(function (text, i) {
      var label = document.createElement('label');
      label.className = 'choice';
      var input = document.createElement('input');
      input.type = 'radio'; input.name = 'choice'; input.value = String(i + 1); input.required = true;
      input.checked = state.yours === i + 1;
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + text));
      choices.insertBefore(label, button);
    });
    status.textContent = state.revealed ? state.closed : '';
  }
  function poll() {
    fetch(base + '/state?device=' + encodeURIComponent(device), { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) { if (s) draw(s); })
      .catch(function () {})
      .then(function () { setTimeout(poll, 2000); });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    body.set('reply', 'json');
    fetch(base + '/answer', { method: 'POST', body: body })
      .then(function (r) { return r.json(); })
      .then(function (a) { status.textContent = a.said; })
      .catch(function () {});
  });
  setTimeout(poll, 2000);
})();
)";

nlohmann::ordered_json stateJson(const RoomAnswers& room, const RoomShow& show, const std::string& device) {
    const RoomWords& w = wordsFor(show.language);
    nlohmann::ordered_json j;
    if (const auto& q = room.question()) {
        j["question"] = {{"id", q->id}, {"prompt", q->prompt}, {"choices", q->choices}};
    } else {
        j["question"] = nullptr;
    }
    j["revealed"] = room.revealed();
    if (const auto mine = room.answerOf(device))
        j["yours"] = *mine;
    else
        j["yours"] = nullptr;
    j["waiting"] = w.waiting;
    j["closed"] = w.closed;
    return j;
}

} // namespace

const std::vector<std::pair<std::string, std::string>>& roomResponseHeaders() {
    static const std::vector<std::pair<std::string, std::string>> kHeaders{
        {"Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                                    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
        {"Cache-Control", "no-store"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Content-Type-Options", "nosniff"},
    };
    return kHeaders;
}

std::string formValue(std::string_view form, std::string_view name) {
    while (!form.empty()) {
        const std::size_t amp = form.find('&');
        const std::string_view pair = form.substr(0, amp);
        const std::size_t eq = pair.find('=');
        if (eq != std::string_view::npos && pair.substr(0, eq) == name) {
            const auto value = percentDecoded(pair.substr(eq + 1));
            return value ? *value : std::string();
        }
        if (amp == std::string_view::npos) break;
        form.remove_prefix(amp + 1);
    }
    return {};
}

RoomResponse answerRoomRequest(RoomAnswers& room, const RoomShow& show, const RoomRequest& request,
                               const std::function<std::string()>& newDeviceToken) {
    // Only the show's own address answers; the rest of the path decides what.
    std::string_view path = request.path;
    if (path.empty() || path[0] != '/') return text(404, "Not found");
    path.remove_prefix(1);
    const std::size_t slash = path.find('/');
    if (!sameShowCode(path.substr(0, slash), show.code)) return text(404, "Not found");
    const std::string_view route = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (request.body.size() > kRoomMaxBody) return text(413, "Too large");

    if (route.empty() || route == "/") {
        if (!get) return text(405, "Not allowed");
        return {200, "text/html; charset=utf-8", pageHtml(room, show, newDeviceToken(), "")};
    }
    if (route == "/page.css") {
        if (!get) return text(405, "Not allowed");
        return {200, "text/css; charset=utf-8", kPageCss};
    }
    if (route == "/page.js") {
        if (!get) return text(405, "Not allowed");
        return {200, "text/javascript; charset=utf-8", kPageJs};
    }
    if (route == "/state") {
        if (!get) return text(405, "Not allowed");
        const std::string device = formValue(request.query, "device");
        if (!isDeviceToken(device)) return text(400, "Bad request");
        return {200, "application/json", stateJson(room, show, device).dump()};
    }
    if (route == "/answer") {
        if (request.method != "POST") return text(405, "Not allowed");
        const std::string device = formValue(request.body, "device");
        const std::string question = formValue(request.body, "question");
        const std::string choiceText = formValue(request.body, "choice");
        int choice = 0;
        const auto [end, error] = std::from_chars(choiceText.data(), choiceText.data() + choiceText.size(), choice);
        if (error != std::errc() || end != choiceText.data() + choiceText.size()) choice = 0;
        const RoomAnswerResult result = room.answer(device, question, choice);
        const RoomWords& w = wordsFor(show.language);
        const auto [status, said] = resultOf(result, w);
        if (formValue(request.body, "reply") == "json") {
            const nlohmann::ordered_json j{{"result", resultName(result)}, {"said", said}};
            return {status, "application/json", j.dump()};
        }
        // Without JavaScript: the page again, saying what became of the answer (a token of its own
        // when the one sent was not one a page makes).
        return {status, "text/html; charset=utf-8",
                pageHtml(room, show, isDeviceToken(device) ? device : newDeviceToken(), said)};
    }
    return text(404, "Not found");
}

} // namespace cs
