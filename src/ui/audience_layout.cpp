// How the audience view and the workspace divide the framebuffer, and how the stage is composed: the
// caption band as tall as the step's words need, the legend, the notes, the items column as wide as
// its items need, and the coins beside it, the two balanced in the middle of the stage.
#include "ui/panel.h"

#include "core/action_stages.h"
#include "core/room/room_on_stage.h"
#include "core/ui_text.h"
#include "ui/caption_panel.h"
#include "ui/layout_text.h"
#include "ui/room_card.h"
#include "ui/stage_labels.h"
#include "ui/stage_layout.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

namespace cs {

ViewLayout computeAudienceLayout(glm::vec2 fb, float fontScale) {
    ViewLayout l;
    l.scale = fontScale;
    const float w = std::max(fb.x, 1.0f);
    const float h = std::max(fb.y, 1.0f);
    // The band grows with the text size so a title and three lines of body text always fit.
    const float band = std::clamp(h * 0.27f * std::max(fontScale / (h / 1080.0f), 1.0f), h * 0.2f, h * 0.45f);
    l.caption = {0.0f, h - band, w, band};
    // The line above the stage carries the scenario's title and the step number (CaptionPanel).
    const float top = std::max(h * 0.04f, std::ceil((18.0f + font_px::kSmall + 10.0f) * fontScale));
    l.stage = {0.0f, top, w, std::max(h - band - top, 1.0f)};
    l.stageArea = l.stage;
    l.coinArea = l.stage;
    return l;
}

bool beginPinnedWindow(const char* name, const PixelRect& r) {
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.width, r.height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    return ImGui::Begin(name, nullptr, flags);
}

bool beginDialog(const char* title, const char* id, glm::vec2 framebuffer, bool* open) {
    ImGui::SetNextWindowPos(ImVec2(framebuffer.x * 0.5f, framebuffer.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    return ImGui::Begin((std::string(title) + "###" + id).c_str(), open,
                        ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                            ImGuiWindowFlags_NoSavedSettings);
}

namespace {

// The fonts of UiFonts, found in the current ImGui atlas by pixel size and weight: the composition
// measures text in the fonts the view will draw it in, and its callers hand it only the small font's
// line height. Of two fonts of one size the bold one sets a sample wider (the atlas keeps no file
// names). Null where a font is missing (the composition then estimates).
UiFonts fontsInAtlas(float scale) {
    UiFonts f;
    f.scale = scale;
    if (!ImGui::GetCurrentContext()) return f;
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (!atlas) return f;
    const char* sample = "The quick brown fox jumps over the lazy dog";
    auto find = [&](float px, bool bold) -> ImFont* {
        const float want = std::round(px * scale);
        ImFont* best = nullptr;
        float bestDistance = 1.5f, bestWidth = 0.0f;
        for (ImFont* font : atlas->Fonts) {
            if (!font->IsLoaded() || font->Glyphs.empty()) continue;
            const float d = std::abs(font->FontSize - want);
            const float w = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, sample).x;
            const bool closer = d < bestDistance - 0.25f;
            const bool sameSize = std::abs(d - bestDistance) <= 0.25f;
            if (closer || (sameSize && (bold ? w > bestWidth : w < bestWidth))) {
                best = font;
                bestDistance = d;
                bestWidth = w;
            }
        }
        return best;
    };
    f.title = find(font_px::kTitle, true);
    f.body = find(font_px::kBody, false);
    f.bodyBold = find(font_px::kBody, true);
    f.label = find(font_px::kLabel, false);
    f.labelBold = find(font_px::kLabel, true);
    f.small = find(font_px::kSmall, false);
    f.ui = find(font_px::kUi, false);
    return f;
}

bool complete(const UiFonts& f) {
    return f.title && f.body && f.bodyBold && f.label && f.labelBold && f.small;
}

// The screen extent (x: left, right) of every coin's rim as `view` frames it, mirror images included.
glm::vec2 coinsExtentX(const StageView& view) {
    glm::vec2 x{1e9f, -1e9f};
    const StageConfig cfg;
    for (const auto& pose : view.coins) {
        for (int k = 0; k < 16; ++k) {
            const float a = 6.2831853f * float(k) / 16.0f;
            const glm::vec4 local{cfg.shape.radius * std::cos(a), 0.0f, cfg.shape.radius * std::sin(a), 1.0f};
            for (const glm::mat4* m : {&pose.model, &pose.mirrored}) {
                if (m == &pose.mirrored && view.mirrorAmount <= 0.5f) continue;
                const glm::vec3 p = view.project(glm::vec3(*m * local));
                x.x = std::min(x.x, p.x);
                x.y = std::max(x.y, p.x);
            }
        }
    }
    return x;
}

// The widest plate or heading a coin on stage would have unwrapped (past three coins: the numbered
// plates, "2 · top").
float widestLabel(const AppState& state, const UiFonts& fonts, bool compact, bool numbersOnly, bool initials) {
    const float s = fonts.scale;
    float w = 0.0f;
    for (int i = 0; i < int(state.coins.size()); ++i) {
        const Structure* st = state.structureOf(state.coins[std::size_t(i)]);
        if (!st) continue;
        for (Face face : kAllFaces) {
            if (compact) {
                const std::string words = numbersOnly ? std::to_string(i + 1) : numberedFace(state, i, face);
                w = std::max(w, measureText(fonts.labelBold, words).x + 52.0f * s);
                continue;
            }
            const FaceWords words = faceWordsFor(state, i, face);
            w = std::max({w, measureText(fonts.labelBold, words.group).x + 52.0f * s,
                          measureText(fonts.label, words.meaning).x + 52.0f * s});
        }
        if (!compact) w = std::max(w, measureText(fonts.title, state.tr(st->name)).x + 12.0f * s);
    }
    // People's names wrap at their spaces, never inside a word: the longest word needs its room too.
    if (state.scenario && !initials) {
        for (const auto& id : state.personas) {
            if (const Persona* p = state.scenario->findPersona(id))
                w = std::max(w, widestWord(fonts.small, state.tr(p->name)) + 36.0f * s);
        }
    }
    return w;
}

} // namespace

namespace {

// One way to share the stage between the coins and the text beside them.
struct Arrangement {
    bool items = true;        // the items (or levels) column beside the coins
    bool legendAside = false; // past three coins: the legend in the side column, not across the top
    bool namesOnly = false;   // past three coins: the legend names the coins only (no room for more)
    bool tight = false;       // a short stage: level plates stay on the faces
    bool rowLabels = false;   // past three coins, crowded: numbered plates, each row of faces named once
    bool initials = false;    // past three coins, crowded: people as initials, named in the legend
    bool compact = false;     // three coins or fewer, crowded: numbered plates and a legend, as past three
};

// The stage of `l` shared out as `a` says: legend, notes, side column, and the coins' part, the
// coins and the column balanced in the middle.
ViewLayout compose(ViewLayout l, const AppState& state, const UiFonts& fonts, Arrangement a) {
    const float s = l.scale;
    const int structures = structuresOnStage(state);
    // A margin at the sides: nothing the room reads touches the edge of the picture.
    const float margin = std::min(24.0f * s, l.stage.width * 0.05f);
    PixelRect st{l.stage.x + margin, l.stage.y, std::max(l.stage.width - 2.0f * margin, 1.0f), l.stage.height};
    const float least = std::clamp(st.width * 0.3f, std::min(380.0f * s, st.width * 0.45f), st.width * 0.45f);
    const float most = std::max(least, st.width * 0.5f);
    const float gap = 40.0f * s;
    const bool compact = structures > 3 || a.compact;
    l.compactStage = compact;
    if (compact && !a.legendAside) {
        // The legend across the whole stage: past three coins it names them and their faces.
        const float height =
            std::min(legendHeightFor(state, fonts, st.width, s, a.namesOnly, a.initials), st.height * 0.45f);
        l.legend = {st.x, st.y, st.width, height};
        l.legendNamesOnly = a.namesOnly;
        st.y += height;
        st.height = std::max(st.height - height, 1.0f);
    }
    // The side column: the items (or the levels list) at least ~30 % of the stage, wider while their
    // text needs more height than the stage has; or, on a compact stage, the legend.
    float column = 0.0f;
    auto fitting = [&](auto need) {
        for (float w = least; w <= most + 0.5f; w += st.width * 0.04f) {
            if (need(w) <= st.height) return w;
        }
        return least; // nothing fits: the coins keep their room, the column shows what it can
    };
    // The legend beside the coins has the whole height; the notes then go under the coins only.
    const bool legendBeside = compact && a.legendAside;
    if (legendBeside) column = fitting([&](float w) { return legendHeightFor(state, fonts, w, s, false, a.initials); });
    const float sideHeight = st.height;
    // The notes under everything (or under the coins), centred, as tall as the longest this step can show.
    const float notesWidth = column > 0.0f ? std::max(st.width - column - gap, 1.0f) : st.width;
    const float notes = std::min(notesHeightFor(state, fonts, notesWidth, s), st.height * 0.3f);
    if (notes > 0.0f) {
        l.notes = {st.x, st.y + st.height - notes, notesWidth, notes};
        st.height = std::max(st.height - notes, 1.0f);
    }
    const Structure* focus = state.focus >= 0 && state.focus < int(state.coins.size())
                                 ? state.structureOf(state.coins[std::size_t(state.focus)])
                                 : nullptr;
    const bool levels = state.action.kind == Action::Levels;
    const float presence = levels ? 1.0f : coinPresence(state, state.focus).unearned;
    if (!legendBeside && a.items && focus && presence > 0.01f) {
        column = fitting([&](float w) {
            return levels ? levelsHeightFor(state, fonts, w, s) + 20.0f * s : itemsHeightFor(state, fonts, w, s);
        });
        if (!levels && itemsHeightFor(state, fonts, column, s) > st.height) {
            // No width fits them all: the width that leaves the fewest out.
            int fewest = itemsHiddenFor(state, fonts, {0.0f, 0.0f, column, st.height}, s);
            for (float w = least; w <= most + 0.5f && fewest > 0; w += st.width * 0.04f) {
                const int hidden = itemsHiddenFor(state, fonts, {0.0f, 0.0f, w, st.height}, s);
                if (hidden < fewest) {
                    fewest = hidden;
                    column = w;
                }
            }
        }
        // As a dismantled coin's unearned advantages go, their column gives its room back.
        column *= presence;
    }
    PixelRect coins{st.x, st.y, std::max(st.width - column - (column > 0.0f ? gap : 0.0f), 1.0f), st.height};
    // Room above each coin for its heading (the structure's name), in the heading's own pixels; while
    // levels show, the plates step off the faces, above and below.
    const float plate = 2.0f * font_px::kLabel * s + 22.0f * s;
    float heading = 0.0f; // the tallest name, wrapped to the room a coin has
    for (int i = 0; i < int(state.coins.size()) && !compact; ++i) {
        if (const Structure* named = state.structureOf(state.coins[std::size_t(i)])) {
            const float room = coins.width / float(state.coins.size()) - 12.0f * s;
            heading = std::max(heading, makeRun(fonts.title, state.tr(named->name), room).size.y + 14.0f * s);
        }
    }
    // Past three coins the people stand in a row above the coins (top faces) and below their mirror
    // images (bottom faces): room for those rows too.
    bool topPeople = false, bottomPeople = false;
    if (compact && state.scenario) {
        for (const auto& id : state.personas) {
            const Persona* p = state.scenario->findPersona(id);
            if (!p) continue;
            for (const auto& c : state.coins) {
                for (const auto& [structure, face] : p->positions) {
                    if (structure != c.structureId) continue;
                    (face == Face::Top ? topPeople : bottomPeople) = true;
                }
            }
        }
    }
    const float room = std::max(coins.width / float(std::max(int(state.coins.size()), 1)) - 12.0f * s, 60.0f * s);
    const float gapPeople = 14.0f * s;
    const bool stepOff = levels && !a.tight;
    l.levelPlatesOnFaces = levels && a.tight;
    const float above = heading + (stepOff ? plate + 6.0f * s : 0.0f) +
                        (topPeople ? peopleHeightFor(state, fonts, Face::Top, room, s, a.initials) + gapPeople : 0.0f);
    const float below =
        (stepOff ? plate + 6.0f * s : 0.0f) +
        (bottomPeople ? peopleHeightFor(state, fonts, Face::Bottom, room, s, a.initials) + gapPeople : 0.0f);
    l.faceRowLabels = compact && a.rowLabels;
    l.peopleInitials = compact && a.initials;
    float rowLabel = 0.0f; // the row names' room at the left of the coins
    if (l.faceRowLabels) {
        for (Face face : kAllFaces)
            rowLabel =
                std::max(rowLabel, measureText(fonts.labelBold, shortFaceWord(state, face)).x + 40.0f * s + 16.0f * s);
    }
    // The coins are framed in their part less the room above and below (and left, for row names).
    auto framing = [&](const PixelRect& r) {
        return PixelRect{r.x + rowLabel, r.y + above, std::max(r.width - rowLabel, 1.0f),
                         std::max(r.height - above - below, 1.0f)};
    };
    // The coins' part as wide as the coins and their labels need: the coins spread out in it (the
    // labels between them get the room), and what is left goes to the margins, so the coins and the
    // column stand together in the middle instead of at opposite edges.
    const glm::vec2 fb{l.stageArea.x + l.stageArea.width, l.stageArea.y + l.stageArea.height};
    const StageView view = computeStageView(state, fb, framing(coins));
    if (!view.coins.empty()) {
        StageView one = view;
        one.coins.resize(1);
        const glm::vec2 x = coinsExtentX(one);
        const float coin = std::max(x.y - x.x, 1.0f);
        const float label = widestLabel(state, fonts, compact, a.rowLabels, a.initials);
        const float n = float(view.coins.size());
        const float apart = std::max(coin * 1.25f, label + 16.0f * s);
        const float need = (n - 1.0f) * apart + std::max(coin / 0.86f, label) + 32.0f * s + rowLabel;
        // (Not when the notes under the coins were wrapped to the coins' whole part.)
        if (need < coins.width && !(legendBeside && notes > 0.0f)) coins.width = need;
    }
    const float total = coins.width + (column > 0.0f ? gap + column : 0.0f);
    coins.x = st.x + std::max((st.width - total) * 0.5f, 0.0f);
    if (column > 0.0f) {
        const PixelRect side{coins.x + coins.width + gap, st.y, column, legendBeside ? sideHeight : st.height};
        if (legendBeside)
            l.legend = side;
        else
            l.items = side;
    }
    l.coinArea = coins;
    l.stage = framing(coins);
    return l;
}

// What is wrong with the stage's layout under `l`: things overlapping or off the stage (must not
// happen), and what the room does not get to see (items counted instead of shown; a list with none
// shown at all counts more: its column then only takes room from the coins).
struct StageCost {
    int overlaps = 0;
    int unseen = 0;
};
StageCost costOf(const ViewLayout& l, const AppState& state, const UiFonts& fonts) {
    const glm::vec2 fb{l.stageArea.x + l.stageArea.width, l.stageArea.y + l.stageArea.height};
    const StageView view = computeStageView(state, fb, l.stage);
    const Theme theme{};
    const UiContext ui{state, view, fonts, theme, l, fb};
    const StageLayout layout = layoutStage(ui);
    const std::vector<LaidOutBlock> blocks = blocksOf(layout);
    StageCost cost;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!contains(l.stageArea, blocks[i].box)) ++cost.overlaps;
        for (std::size_t j = i + 1; j < blocks.size(); ++j)
            cost.overlaps += intersects(blocks[i].box, blocks[j].box) ? 1 : 0;
    }
    // A name cut inside a word reads badly: as bad as an overlap.
    for (const auto& p : layout.labels.plates)
        cost.overlaps += p.alpha > 0.01f && p.wordCut ? 1 : 0;
    for (const auto& h : layout.labels.headings)
        cost.overlaps += h.alpha > 0.01f && h.wordCut ? 1 : 0;
    const Structure* focus = state.focus >= 0 && state.focus < int(state.coins.size())
                                 ? state.structureOf(state.coins[std::size_t(state.focus)])
                                 : nullptr;
    if (focus && state.action.kind != Action::Levels && coinPresence(state, state.focus).unearned > 0.5f) {
        // (Past three coins the coins are the point: their row may go without the items column.)
        if (layout.items.empty() && structuresOnStage(state) <= 3)
            cost.unseen += int(focus->advantages.size() + focus->disadvantages.size());
        for (const auto& list : layout.items)
            cost.unseen += list.hidden + (list.chips.empty() && list.hidden > 0 ? 5 : 0);
    }
    return cost;
}

// Without the fonts (no ImGui atlas): the column at ~30 %, estimates for the legend and the notes.
ViewLayout estimated(ViewLayout l, const AppState& state, float lineHeight) {
    const int structures = structuresOnStage(state);
    PixelRect& st = l.stage;
    if (structures > 3) {
        const float rows = float((structures + 1) / 2);
        const float height = std::min(rows * (2.0f * lineHeight + 6.0f * l.scale) + 12.0f * l.scale, st.height * 0.4f);
        l.legend = {st.x, st.y, st.width, height};
        st.y += height;
        st.height = std::max(st.height - height, 1.0f);
    }
    const float notes = std::min(2.0f * lineHeight + 28.0f * l.scale, st.height * 0.25f);
    st.height = std::max(st.height - notes, 1.0f);
    l.notes = {st.x, st.y + st.height, st.width, notes};
    const float column = std::clamp(st.width * 0.3f, std::min(380.0f * l.scale, st.width * 0.45f), st.width * 0.45f);
    if (st.width - column >= std::max(420.0f * l.scale, float(structures) * 170.0f * l.scale)) {
        l.items = {st.x + st.width - column, st.y, column, st.height + notes};
        st.width = std::max(st.width - column, 1.0f);
    }
    l.notes.width = st.width;
    l.coinArea = st;
    return l;
}

// The first arrangement with nothing overlapping, no text cut and every item shown; else, of all,
// the one with the fewest overlaps, then the fewest texts cut, then the fewest items unseen (the
// earlier of equals). Returns the indexes of its base and its arrangement.
std::pair<std::size_t, std::size_t> bestArrangement(const std::vector<ViewLayout>& bases,
                                                    const std::vector<Arrangement>& tries, const AppState& state,
                                                    const UiFonts& fonts, const CaptionWords& words, glm::vec2 view,
                                                    std::string_view lang, bool audience) {
    std::pair<std::size_t, std::size_t> best{0, 0};
    long fewest = -1;
    for (std::size_t b = 0; b < bases.size(); ++b) {
        const ViewLayout& base = bases[b];
        const int cut = audience ? layoutCaption(words, base.caption, view, fonts, lang, base.topLine).shortened : 0;
        for (std::size_t t = 0; t < tries.size(); ++t) {
            const ViewLayout c = compose(base, state, fonts, tries[t]);
            const StageCost cost = costOf(c, state, fonts);
            const long score = long(cost.overlaps) * 1000000L + long(cut) * 1000L + long(cost.unseen);
            if (fewest < 0 || score < fewest) {
                best = {b, t};
                fewest = score;
            }
            if (score == 0) return best;
        }
    }
    return best;
}

// Everything the choice of arrangement depends on: the step's words and what stands on stage (as
// it will settle), the view's parts and its fonts' scale.
std::string choiceKey(const AppState& state, const CaptionWords& words, const ViewLayout& l, glm::vec2 view) {
    std::ostringstream k;
    k << state.scenario.get() << '|' << state.step << '|' << languageOf(state) << '|' << view.x << 'x' << view.y << '|'
      << l.scale << '|' << l.stage.x << ',' << l.stage.y << ',' << l.stage.width << ',' << l.stage.height << '|'
      << l.caption.y << ',' << l.caption.height << '|' << state.answerRevealed << state.contentNotePending << '|'
      << int(state.view.show) << '|' << state.focus << '|' << int(state.action.kind) << ':' << state.action.coin;
    // (Names too, not only ids: an edit in the editor may give a new scenario the old one's address.)
    for (const auto& c : state.coins) {
        k << '|' << c.structureId << (c.faceUpAtEnd() == Face::Bottom ? "^" : "");
        if (const Structure* st = state.structureOf(c))
            k << std::hash<std::string>{}(state.tr(st->name) + '\n' + state.tr(st->top) + '\n' + state.tr(st->bottom));
    }
    k << '|';
    for (const auto& id : state.personas) {
        const Persona* p = state.scenario ? state.scenario->findPersona(id) : nullptr;
        k << id << ':' << (p ? state.tr(p->name) : std::string()) << ',';
    }
    std::string said = words.title + '\n' + words.text + '\n' + words.question + '\n' + words.explain + '\n' +
                       words.discuss + '\n' + words.reflect;
    for (const auto& choice : words.choices)
        said += '\n' + choice;
    k << '|' << std::hash<std::string>{}(said) << '|' << words.answer;
    return k.str();
}

// The last few choices (the audience window and the presenter's pictures each have their own screen).
std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>>& choices() {
    static std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> kept;
    return kept;
}
std::optional<std::pair<std::size_t, std::size_t>> knownChoice(const std::string& key) {
    for (const auto& [k, c] : choices()) {
        if (k == key) return c;
    }
    return std::nullopt;
}
void keepChoice(const std::string& key, std::pair<std::size_t, std::size_t> chosen) {
    auto& kept = choices();
    if (kept.size() >= 8) kept.erase(kept.begin());
    kept.emplace_back(key, chosen);
}

} // namespace

namespace {

ViewLayout stageAndCaption(ViewLayout l, const AppState& state, float lineHeight);

} // namespace

ViewLayout withStageColumns(ViewLayout l, const AppState& state, float lineHeight) {
    // The live room's card takes a column at the right, from the top line down to the caption band
    // (or to the bottom when the caption is a column itself): the stage is composed beside it.
    const bool card = l.caption.height > 0.0f && roomCardShown(state);
    float cardWidth = 0.0f;
    if (card) {
        cardWidth = roomCardWidth({l.stage.x + l.stage.width, l.caption.y + l.caption.height}, l.scale);
        l.stage.width = std::max(l.stage.width - cardWidth, 1.0f);
        l.stageArea = l.coinArea = l.stage;
    }
    ViewLayout out = stageAndCaption(l, state, lineHeight);
    if (card) {
        const float x = l.stage.x + l.stage.width;
        const float gap = std::round(8.0f * l.scale);
        // A band across the bottom runs under the card; a caption column ends where the card begins.
        const bool bandUnder = out.caption.x + out.caption.width > x + 1.0f;
        const float bottom = bandUnder ? out.caption.y : out.caption.y + out.caption.height;
        // From the top of the stage's area (a legend above the coins moves the coins down, not the card).
        const float top = out.stageArea.y;
        out.room = {x + gap, top + gap, cardWidth - 2.0f * gap, std::max(bottom - top - 2.0f * gap, 1.0f)};
    }
    return out;
}

namespace {

ViewLayout stageAndCaption(ViewLayout l, const AppState& state, float lineHeight) {
    if (l.stageArea.width <= 0.0f) l.stageArea = l.stage;
    l.coinArea = l.stage;
    const float s = l.scale;
    const UiFonts fonts = fontsInAtlas(s);
    if (!complete(fonts)) return structuresOnStage(state) > 0 ? estimated(l, state, lineHeight) : l;
    const int structures = structuresOnStage(state);
    const bool audience = l.caption.height > 0.0f;
    const CaptionWords words = captionFor(state);
    const std::string_view lang = languageOf(state);
    const glm::vec2 view{l.stage.x + l.stage.width,
                         audience ? l.caption.y + l.caption.height : l.stage.y + l.stage.height};
    // The audience's caption band across the bottom: as tall as the step's words need at their full
    // size (at least a title and two lines; at most half the view, or most of it when no coin is on
    // stage); the stage has the rest.
    auto bandBelow = [&](ViewLayout v) {
        const float need = std::ceil(captionHeightFor(words, v.caption.width, fonts, lang));
        const float floor = std::min(v.caption.height, std::max(view.y * 0.2f, 206.0f * s));
        const float cap = std::max(floor, view.y * (state.coins.empty() ? 0.85f : 0.5f));
        const float band = std::clamp(need, floor, cap);
        const float grow = band - v.caption.height;
        v.caption.y -= grow;
        v.caption.height = band;
        v.stage.height = std::max(v.stage.height - grow, 1.0f);
        v.stageArea = v.stage;
        v.coinArea = v.stage;
        return v;
    };
    // Or, on a short screen with large text, a column beside the stage, from the top line down: the
    // coins keep the whole height.
    auto bandBeside = [&](ViewLayout v, float share) {
        const float width = std::clamp(view.x * share, std::min(420.0f * s, view.x * 0.5f), view.x * 0.5f);
        v.caption = {view.x - width, v.stage.y, width, view.y - v.stage.y};
        v.stage = {0.0f, v.stage.y, view.x - width, view.y - v.stage.y};
        v.stageArea = v.stage;
        v.coinArea = v.stage;
        return v;
    };
    // Or the line above the stage goes to the stage (the step dots still say where we are).
    auto noTopLine = [&](ViewLayout v) {
        const float top = std::round(12.0f * s);
        v.stage.height += v.stage.y - top;
        v.stage.y = top;
        v.stageArea = v.coinArea = v.stage;
        v.topLine = false;
        return v;
    };
    const ViewLayout below = audience ? bandBelow(l) : l;
    if (structures == 0) return below;
    // The first arrangement whose layout has nothing overlapping and no text that had to give way,
    // else the one with the least of it.
    std::vector<Arrangement> tries;
    // Row names need the faces of one kind in one row: every coin turned the same way.
    const bool aligned = std::all_of(state.coins.begin(), state.coins.end(),
                                     [&](const PlacedCoin& c) { return c.flip.to == state.coins.front().flip.to; });
    if (structures > 3) {
        tries = {{true, false, false},
                 {false, false, false},
                 {false, true, false},
                 {true, false, true},
                 {false, false, true}};
        if (aligned) {
            tries.push_back({true, false, true, false, true});
            tries.push_back({false, false, true, false, true});
        }
        // Then the same with the people as initials, named once in the legend, when their names
        // under every marker leave the coins no room.
        const std::size_t named = tries.size();
        for (std::size_t i = 0; i < named; ++i) {
            if (tries[i].legendAside) continue; // the legend beside the coins is too narrow to add them
            Arrangement a = tries[i];
            a.initials = true;
            tries.push_back(a);
        }
    } else if (state.action.kind == Action::Levels) {
        tries = {{true, false, false, false}, {true, false, false, true}, {false, false, false, true}};
    } else {
        tries = {{true, false, false}, {false, false, false}};
    }
    if (structures <= 3) {
        // Then, for faces whose whole names do not fit beside their coins, the way past three coins
        // goes: numbered plates, the names in a legend across the top or, when that leaves the coins
        // too little height, beside them (people by name, then by initials).
        const std::size_t whole = tries.size();
        for (bool initials : {false, true}) {
            for (std::size_t i = 0; i < whole; ++i) {
                Arrangement a = tries[i];
                a.compact = true;
                a.initials = initials;
                tries.push_back(a);
            }
            Arrangement aside;
            aside.items = false;
            aside.legendAside = true;
            aside.compact = true;
            aside.initials = initials;
            tries.push_back(aside);
        }
    }
    // The ways to share the view between the stage and the caption (each measures the caption: made
    // only when needed).
    const std::size_t baseCount = audience ? 5 : 1;
    auto baseAt = [&](std::size_t i) {
        switch (i) {
        case 1: return bandBelow(noTopLine(l));
        case 2: return bandBeside(l, 0.36f);
        case 3: return bandBeside(noTopLine(l), 0.36f);
        case 4: return bandBeside(noTopLine(l), 0.46f);
        default: return below;
        }
    };
    // The search lays the stage out up to bases × tries times: far too much for every frame on a
    // crowded stage. What it chooses depends on the step as it settles, not on the moment of its
    // animation, so it is chosen once for the settled step on this screen and kept.
    const std::string key = choiceKey(state, words, l, view);
    std::pair<std::size_t, std::size_t> chosen{0, 0};
    if (const auto known = knownChoice(key)) {
        chosen = *known;
    } else {
        std::vector<ViewLayout> bases;
        for (std::size_t i = 0; i < baseCount; ++i)
            bases.push_back(baseAt(i));
        AppState settled = state;
        settled.settle();
        chosen = bestArrangement(bases, tries, settled, fonts, words, view, lang, audience);
        keepChoice(key, chosen);
    }
    return compose(baseAt(std::min(chosen.first, baseCount - 1)), state, fonts,
                   tries[std::min(chosen.second, tries.size() - 1)]);
}

} // namespace

namespace {

// Menu bar, a column on each side of the stage, problems under the stage. Each column takes `share`
// of the width, at least `minPx` (scaled) and at most `maxShare`.
struct ColumnSpec {
    float share, minPx, maxShare;
};
ViewLayout threeColumns(glm::vec2 fb, float fontScale, ColumnSpec left, ColumnSpec right, float problemsShare) {
    ViewLayout l;
    l.scale = fontScale;
    const float w = std::max(fb.x, 1.0f);
    const float h = std::max(fb.y, 1.0f);
    // The menu bar is one line of the UI font plus ImGui's frame padding.
    l.menuHeight = std::round(20.0f * fontScale + 8.0f * fontScale);
    const float body = std::max(h - l.menuHeight, 1.0f);
    auto width = [&](ColumnSpec c) {
        return std::clamp(w * c.share, std::min(c.minPx * fontScale, w * c.maxShare), w * c.maxShare);
    };
    const float leftWidth = width(left);
    const float rightWidth = width(right);
    l.palette = {0.0f, l.menuHeight, leftWidth, body};
    l.side = {w - rightWidth, l.menuHeight, rightWidth, body};
    const float stageWidth = std::max(w - leftWidth - rightWidth, 1.0f);
    const float problemsHeight = std::round(body * problemsShare);
    l.stage = {leftWidth, l.menuHeight, stageWidth, std::max(body - problemsHeight, 1.0f)};
    l.stageArea = l.stage;
    l.coinArea = l.stage;
    l.problems = {leftWidth, l.menuHeight + body - problemsHeight, stageWidth, problemsHeight};
    return l;
}

} // namespace

ViewLayout computeWorkspaceLayout(glm::vec2 fb, float fontScale, bool problemsShown) {
    return threeColumns(fb, fontScale, {0.16f, 220.0f, 0.3f}, {0.26f, 340.0f, 0.4f}, problemsShown ? 0.28f : 0.0f);
}

ViewLayout computeEditorLayout(glm::vec2 fb, float fontScale) {
    // The form needs room for a column per language side by side; the outline is a list of titles.
    // The problems list is always there: it is how the editor checks as you type.
    return threeColumns(fb, fontScale, {0.18f, 240.0f, 0.3f}, {0.40f, 480.0f, 0.5f}, 0.25f);
}

} // namespace cs
