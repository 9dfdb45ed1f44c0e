// One frame: layout → stage view → UI panels (collect Commands) → GL stage → ImGui → apply Commands.
#include "app/studio.h"

#include "app/page_services.h"
#include "app/platform.h"
#include "app/window_fonts.h"
#include "render/render_target.h"

#include "core/action_stages.h"
#include "core/build_platform.h"
#include "core/crash_note.h"
#include "core/data_paths.h"
#include "core/editor/editor_commands.h"
#include "core/export_plan.h"
#include "core/file_io.h"
#include "core/folder_listing.h"
#include "core/no_replace.h"
#include "core/room_view.h"
#include "core/scenario/assets.h"
#include "core/scenario/parser.h"
#include "core/scenario/resolve.h"
#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include "render/gl_api.h"
#include <imgui.h>

#include <algorithm>
#include <bit>
#include <cctype>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace cs {

std::vector<BuiltInScenario> listBuiltInScenarios(const std::filesystem::path& dataDir, const StructureLibrary& lib) {
    std::vector<BuiltInScenario> out;
    if (dataDir.empty()) return out;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    // increment(ec), not a range-for: a folder that changes while it is read must not throw.
    for (std::filesystem::directory_iterator it(dataDir / "scenarios", ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".toml") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        ParseOptions options;
        options.library = &lib;
        options.decodeImages = false;
        // The template is where new scenarios start (File → New scenario from template), not a walkthrough.
        if (f.filename() == "template.toml") continue;
        const ParseResult r = loadScenarioFile(f, options);
        if (!r.scenario) continue; // a broken file is not offered
        BuiltInScenario b{
            f.string(), r.scenario->title.get("en"), r.scenario->title.get("fr"), r.scenario->languages, {}};
        for (const auto& language : r.scenario->languages) {
            b.stepsMissingLanguage[language] = stepsMissingLanguage(*r.scenario, language);
        }
        out.push_back(std::move(b));
    }
    return out;
}

// What the editor's files, the show and the scenario on stage ask of the app, answered from this Studio's
// state, document and user data.
class Studio::Host final : public EditorFiles::Host, public ShowControl::Host, public ScenarioOnStage::Host {
  public:
    explicit Host(Studio& studio) : s_(studio) {}
    const AppState& state() const override { return s_.state_; }
    void apply(const Command& command) override { s_.apply(command); }
    void update(const Command& command) override { cs::applyCommand(s_.state_, command); }
    bool openScenarioFile(const std::filesystem::path& file) override { return s_.openFile(file); }
    void closeScenario() override { s_.applyOne(cmd::CloseScenario{}); }
    void notice(const std::string& text) override { s_.notice(text); }
    const ScenarioDocument* document() const override { return s_.onStage_->document(); }
    bool isBuiltIn(const std::filesystem::path& file) const override { return s_.personal_->isBuiltIn(file); }
    bool savingNothing() const override { return s_.personal_->savingNothing(); }
    void savedFromEditor(const std::filesystem::path& file, const Scenario& scenario) override {
        s_.onStage_->savedFromEditor(file, scenario);
    }
    const std::string& language() const override { return s_.language_; }
    void showTitle(const LocalText& title) override { s_.showTitle(title); }
    bool overlayConfirmedBefore() const override { return s_.personal_->overlayConfirmedBefore(); }

  private:
    Studio& s_;
};

Studio::Studio(PrivateTag) {}
Studio::~Studio() = default;

std::unique_ptr<Studio> Studio::create(GlWindow& window, StudioDesc desc, std::string& error) {
    auto s = std::make_unique<Studio>(PrivateTag{});
    s->window_ = &window;
    s->dataDir_ = desc.dataDir;
    s->language_ = desc.language;
    s->builtIns_ = std::make_shared<const StructureLibrary>(StructureLibrary::builtIn());
    s->host_ = std::make_unique<Host>(*s);
    s->editorFiles_ = std::make_unique<EditorFiles>(*s->host_, s->dataDir_, s->builtIns_);
    s->show_ = std::make_unique<ShowControl>(*s->host_, window, s->presenter_, s->input_);
    s->room_ = std::make_unique<LiveRoom>(static_cast<ShowControl::Host&>(*s->host_));
    s->state_ = desc.initialState ? std::move(*desc.initialState) : makeStartState(s->builtIns_);
    if (!s->state_.builtIns) s->state_.builtIns = s->builtIns_;
    if (!s->state_.structures) s->state_.structures = s->builtIns_;
    s->state_.screen = desc.screen;
    s->presenterOnly_ = desc.presenterView;
    std::optional<UserDataStoreDesc> kept;
    if (desc.userData)
        kept = UserDataStoreDesc{
            .configDir = userConfigDir(), .dataDir = userDataDir(), .noSave = desc.noSave, .clock = {}};
    s->personal_ = std::make_unique<PersonalData>(std::move(kept), s->dataDir_);
    if (const std::string saved = s->personal_->loadInto(s->state_); s->language_.empty()) s->language_ = saved;
    s->onStage_ = std::make_unique<ScenarioOnStage>(s->state_, *s->host_, *s->personal_, s->builtIns_);
    if (desc.userData && !desc.noSave) s->setAutosaveFolder(userDataDir() / "autosave");
    if (desc.textScale || desc.lightTheme) {
        const Preferences& p = s->state_.prefs;
        cs::applyCommand(s->state_,
                         cmd::SetPreferences{desc.textScale.value_or(p.textScale), p.reducedMotion,
                                             desc.lightTheme.value_or(p.lightTheme), p.saveNothing, p.askToResume});
    }
    // The app's own words: --lang or the saved choice, else the locale's language if we have it.
    {
        std::string ui = s->language_.empty() ? userLocale().substr(0, 2) : s->language_;
        if (ui != "fr") ui = ui.empty() ? "en" : ui;
        s->state_.uiLanguage = isFrench(ui) ? "fr" : "en";
    }
    if (desc.listBuiltIns) s->state_.builtInScenarios = listBuiltInScenarios(desc.dataDir, *s->builtIns_);
    s->publish_.findWebBuild(s->state_); // File → Publish as web page… needs one
    window.makeCurrent();
    // The window's ImGui context may have served a Studio before (tests): keys start global.
    ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    ImGui::SetWindowFocus(nullptr);
    PreparedFonts* prepared = desc.preparedFonts;
    if (prepared && (!prepared->ok || ImGui::GetIO().Fonts != prepared->atlas.get())) prepared = nullptr;
    if (prepared)
        s->fontFiles_ = std::move(prepared->files);
    else if (!findFontFiles(s->fontFiles_, error))
        return nullptr;

    std::string problems;
    const auto shaderDir = desc.dataDir.empty() ? std::filesystem::path() : desc.dataDir / "shaders";
    s->renderer_ = StageRenderer::create(shaderDir, StageConfig{}.shape, problems);
    if (!s->renderer_) {
        error = "cannot build the coin shaders on this OpenGL driver: " + problems;
        return nullptr;
    }
    s->kept_ = std::make_unique<KeptFrame>(shaderDir);
    if (!s->renderer_->shadersFromFiles() && !problems.empty()) {
        // Not fatal: the embedded copy works. Say so once, for whoever moved the binary.
        std::fprintf(stderr, "coinstudio: note: using built-in shaders (%s)\n", problems.c_str());
    }
    if (prepared && prepared->fonts.scale == fontScaleFor(window.drawableHeight(), s->state_.prefs.textScale)) {
        s->fonts_ = prepared->fonts;
        useBakedFonts(window, s->fonts_.scale, s->lightStyle_, s->state_.prefs);
    }
    if (!s->ensureFonts(window.drawableHeight())) {
        error = "cannot load the font " + s->fontFiles_.regular;
        return nullptr;
    }
    return s;
}

bool Studio::ensureFonts(int framebufferHeight) {
    return ensureWindowFonts(*window_, fonts_, lightStyle_, fontFiles_, state_.prefs, framebufferHeight);
}

bool Studio::tick() {
    editorFiles_->tick(); // unsaved edits copied aside every few seconds
    const bool exportChanged = export_.poll(state_);
    if (exportChanged) panels_.wake(2);
    // Phones answered: the presenter's count (and the room's bars once revealed) follow.
    const bool roomChanged = room_->follow();
    if (roomChanged) presenter_.wake(2);
    return show_->tick() || exportChanged || roomChanged;
}

namespace {

// A step has come to rest: what the frames before allocated and freed (the shader compiler's work,
// the multisampled bands of the stage) goes back to the system instead of staying in the heap.
void returnFreedMemory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// What decides a frame's pixels besides the stage: everything ImGui draws, the caption band and the
// colours, and the size.
std::uint64_t frameSignature(std::uint64_t uiChecksum, const ViewLayout& layout, const Theme& theme) {
    std::uint64_t h = uiChecksum;
    auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ull; };
    for (const float v : {layout.caption.x, layout.caption.y, layout.caption.width, layout.caption.height}) {
        std::uint32_t bits = 0; // std::bit_cast, which the web build's C++ library does not have yet
        std::memcpy(&bits, &v, sizeof bits);
        mix(std::uint64_t(bits));
    }
    for (const Rgb8 c : {theme.background, theme.captionBand})
        mix(std::uint64_t(c.r) << 16 | std::uint64_t(c.g) << 8 | c.b);
    return h;
}

} // namespace

Image Studio::roomPreview(bool next, int width, int height) {
    return presenter_.roomPreview(next, width, height, state_, roomLook());
}

Image Studio::presenterRoomPicture() {
    return presenter_.roomPicture(*window_);
}

void Studio::drawPresenterFrame() {
    const CommandList commands = presenter_.drawWindowFrame(state_, roomLook(), fontFiles_, input_);
    for (const auto& c : commands)
        apply(c);
}

void Studio::notice(const std::string& text) {
    cs::applyCommand(state_, cmd::AddNotice{text});
}

std::filesystem::path Studio::recoverFromFault(const std::string& what, const std::string& where) {
    std::fprintf(stderr, "coinstudio: internal error while %s: %s\n", where.c_str(), what.c_str());
    // Keep what people made first; each step is guarded so one failure does not stop the next.
    try {
        autosaveNow();
    } catch (...) {
    }
    try {
        personal_->persist(state_, true);
    } catch (...) {
    }
    if (window_) window_->abandonImGuiFrame();
    if (presenter_.window()) presenter_.window()->abandonImGuiFrame();
    if (window_) window_->makeCurrent();
    std::filesystem::path note;
    if (faultsRecovered_ < 5 && !personal_->noSave()) {
        note = writeCrashNote(userDataDir(), CrashNote{what, where, versionString(), std::chrono::system_clock::now()});
    }
    ++faultsRecovered_;
    const std::string_view lang = languageOf(state_);
    std::string text =
        std::string(uiWord("Something went wrong inside the app; it carries on and your work was kept.", lang));
    if (!note.empty()) text += " " + std::string(uiWord("A note about it was written to", lang)) + " " + note.string();
    if (faultsRecovered_ == 1 || !note.empty()) notice(text);
    panels_.wake(2);
    return note;
}

void Studio::showTitle(const LocalText& title) {
    if (window_) SDL_SetWindowTitle(window_->sdl(), (state_.tr(title) + " - Coin Model Studio").c_str());
}

void Studio::saveNow() {
    personal_->persist(state_, true);
    autosaveNow(); // unsaved edits at quit (during a show nobody was asked): offered back next time
    personal_->flush();
}

namespace {

// In the web page, what only the desktop app does (the editor, presenter mode, exports, quitting a
// window): the reason, said to the person instead; nullptr for everything else.
const char* desktopOnlyReason(const Command& command, std::string_view language) {
    if (!kWebPage) return nullptr;
    if (command.holds<cmd::OpenEditor>() || command.holds<cmd::ShowSaveAs>())
        return uiWord("The scenario editor is in the desktop app.", language);
    if (command.holds<cmd::TogglePresentSetup>() || command.holds<cmd::Present>() ||
        command.holds<cmd::StartPresentation>())
        return uiWord("Presenter mode is in the desktop app: this page is for walking through a scenario on your own.",
                      language);
    if (command.holds<cmd::ToggleExportDialog>())
        return uiWord("Pictures and handouts are exported by the desktop app.", language);
    if (command.holds<cmd::TogglePublishDialog>())
        return uiWord("Scenarios are published as web pages by the desktop app.", language);
    if (command.holds<cmd::RequestQuit>())
        return uiWord("Close the browser's tab to leave the page: your work is kept.", language);
    return nullptr;
}

} // namespace

void Studio::apply(const Command& command) {
    if (const char* why = desktopOnlyReason(command, state_.scenario ? state_.scenario->language : state_.uiLanguage)) {
        notice(why);
        return;
    }
    panels_.wake(2);
    presenter_.wake(2);
    applyOne(command);
    onStage_->followEditor();
    input_.afterCommand(state_);
    room_->follow(); // a new step's question reaches the phones, R closes it, at once
    if (const auto* reflection = command.get_if<cmd::SetReflection>()) {
        if (const Status typed = personal_->learner().reflectionTyped(state_, *reflection); !typed.ok())
            notice(typed.text());
    }
    // A new step writes a reflection typed on the one before at once.
    personal_->persist(state_, command.holds<cmd::NextStep>() || command.holds<cmd::PreviousStep>() ||
                                   command.holds<cmd::GoToStep>());
}

namespace {

// std::visit with one lambda per kind of command.
template <class... Handlers> struct Overloaded : Handlers... { using Handlers::operator()...; };
template <class... Handlers> Overloaded(Handlers...) -> Overloaded<Handlers...>; // for clang 14 (the web build)

} // namespace

void Studio::applyOne(const Command& command) {
    if (editorFiles_->applyEffect(command)) return;
    // The commands with effects outside AppState (files, windows, the clipboard, the user's data) are
    // carried out here; every other command goes to core as it is.
    std::visit(Overloaded{
                   [&](const cmd::CloseScenario&) {
                       onStage_->close();
                       cs::applyCommand(state_, command);
                   },
                   [&](const cmd::ExportReflections&) { personal_->exportReflectionsToHome(state_); },
                   [&](const cmd::DeleteAllMyData&) { personal_->deleteAll(state_); },
                   [&](const cmd::Present& show) { presentAsSetUp(show.display); },
                   [&](const cmd::StopPresentation&) {
                       if (state_.presentation.active) show_->end();
                       room_->close(); // nothing about the room outlives the show
                       cs::applyCommand(state_, command);
                       offerRestore(); // held back during the show
                   },
                   [&](const cmd::TogglePresentSetup&) {
                       // The choice of display needs the displays there are now.
                       if (!state_.presentSetup.visible) cs::applyCommand(state_, cmd::SetDisplays{show_->displays()});
                       cs::applyCommand(state_, command);
                   },
                   [&](const cmd::SetLanguage& language) {
                       // The choice holds for the scenarios opened next and the next start (settings).
                       if (!language.language.empty()) {
                           language_ = language.language;
                           personal_->languageChosen(language_);
                       }
                       cs::applyCommand(state_, command);
                       if (state_.scenario) showTitle(state_.scenario->scenario.title); // the title bar speaks it too
                   },
                   [&](const cmd::ToggleExportDialog&) { export_.toggleDialog(state_, command); },
                   [&](const cmd::StartExport& start) { export_.start(state_, start.replaceForeign); },
                   [&](const cmd::CancelExport&) { export_.cancel(state_); },
                   [&](const cmd::TogglePublishDialog&) { publish_.toggleDialog(state_, command); },
                   [&](const cmd::PublishWebPage& page) { publish_.publish(state_, page.replaceForeign); },
                   [&](const cmd::OpenFile& open) { openFile(open.path); },
                   [&](const cmd::CopyText& copy) { SDL_SetClipboardText(copy.text.c_str()); },
                   [&](const cmd::ChooseTypedPath& typed) {
                       std::error_code ec;
                       const bool folder = std::filesystem::is_directory(typed.path, ec);
                       for (const Command& c :
                            commandsForChosenPath(typed.path, folder, state_.browser.forPresentation))
                           apply(c);
                   },
                   [&](const cmd::BrowseFolder& browse) {
                       const FolderListing listing = listFolder(browse.path);
                       cs::applyCommand(state_, cmd::SetFolderListing{listing.folder, listing.entries, listing.error});
                   },
                   [&](const cmd::OpenFileBrowser& browse) {
                       if (kWebPage && !browse.forPresentation) {
                           page::pickFiles(false); // the page's files come from the device
                           return;
                       }
                       cs::applyCommand(state_, command);
                       // Start where the open scenario is, else in the built-in scenarios, else here.
                       std::filesystem::path start = currentFolder();
                       if (onStage_->document() && !onStage_->document()->file().empty())
                           start = absolutePath(onStage_->document()->file()).parent_path();
                       else if (!dataDir_.empty())
                           start = dataDir_ / "scenarios";
                       apply(cmd::BrowseFolder{start.string()});
                   },
                   [&](const cmd::PickFromDevice& pick) { page::pickFiles(pick.folder); },
                   [&](const cmd::ReloadFile&) { onStage_->reload(); },
                   [&](const auto&) { cs::applyCommand(state_, command); },
               },
               command.variant());
}

void Studio::presentAsSetUp(int display) {
    // The present dialog's choices take effect now, in this order: scenario, language, theme.
    const PresentSetup setup = state_.presentSetup;
    if (setup.visible && !setup.scenarioFile.empty() && !openFile(setup.scenarioFile)) {
        notice(std::string(uiWord("The scenario could not be opened; its problems are listed.", languageOf(state_))));
        return;
    }
    if (setup.visible && !setup.language.empty() && state_.scenario) applyOne(cmd::SetLanguage{setup.language});
    if (setup.visible && setup.lightTheme) cs::applyCommand(state_, cmd::SetTheme{*setup.lightTheme});
    if (const std::string err = show_->present(display); !err.empty()) {
        notice(err);
        return;
    }
    if (setup.visible && setup.room) {
        if (const std::string err = openRoom(RoomOptions{}); !err.empty()) notice(err);
    }
}

std::string Studio::openRoom(const RoomOptions& options) {
    if (!state_.presentation.active) return "the room opens with a show (File > Present...)";
    presenter_.wake(2);
    panels_.wake(2);
    return room_->open(options);
}

void Studio::refreshPictures() {
    pictures_.clear();
    textures_.beginRound();
    picturesFor_ = state_.scenario.get();
    if (!state_.scenario) return;
    // A built-in or unsaved scenario has no file: its pictures are looked up nowhere.
    if (state_.scenario->file.empty()) return;
    const auto dir = absolutePath(state_.scenario->file).parent_path();
    auto add = [&](const std::string& key, const std::string& relative) {
        if (relative.empty()) return;
        const auto file = resolveAssetPath(dir, relative); // never outside the scenario's folder
        if (!file) return;
        const TextureCache::Picture p = textures_.get(*file);
        if (p.texture)
            pictures_[key] =
                UiPicture{reinterpret_cast<void*>(static_cast<std::intptr_t>(p.texture)), p.width, p.height};
    };
    for (const auto& p : state_.scenario->scenario.personas)
        add("persona:" + p.id, p.image);
    for (std::size_t i = 0; i < state_.scenario->scenario.steps.size(); ++i) {
        add("step:" + std::to_string(i), state_.scenario->scenario.steps[i].image);
    }
}

bool Studio::pollFiles() {
    if (state_.scenario) refreshPictures(); // a replaced picture shows without a reload of the text
    personal_->persist(state_, false);      // a reflection after a pause in typing
    if (!onStage_->poll()) return false;
    panels_.wake(2);
    return true;
}

bool Studio::openFile(const std::filesystem::path& file, int startStep) {
    return onStage_->open(file, startStep);
}

const std::vector<Diagnostic>& Studio::fileProblems() const {
    return onStage_->problems();
}

void Studio::handleKey(const SDL_Event& e) {
    const InputRouter::Outcome out = input_.key(e, state_);
    if (out.redraw) panels_.wake(2);
    if (out.command) apply(*out.command);
}

namespace {

// The window an event belongs to (0: none, e.g. a quit or a display event).
Uint32 windowOf(const SDL_Event& e) {
    switch (e.type) {
    case SDL_WINDOWEVENT: return e.window.windowID;
    case SDL_KEYDOWN:
    case SDL_KEYUP: return e.key.windowID;
    case SDL_TEXTINPUT: return e.text.windowID;
    case SDL_MOUSEMOTION: return e.motion.windowID;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: return e.button.windowID;
    case SDL_MOUSEWHEEL: return e.wheel.windowID;
    case SDL_DROPFILE: return e.drop.windowID;
    default: return 0;
    }
}

} // namespace

void Studio::handleEvent(const SDL_Event& e) {
    window_->noteMouse(e);
    if (presenter_.window()) presenter_.window()->noteMouse(e);
    if (e.type == SDL_DISPLAYEVENT) {
        show_->displaysChanged(); // a projector plugged in or pulled out: the show goes on
        panels_.wake(2);
        return;
    }
    if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) {
        apply(cmd::RequestQuit{}); // during a show this asks first, on the presenter's side
        return;
    }
    // Each window's ImGui context gets only its own window's events (ImGui 1.86's SDL backend does
    // not look at the window id itself); keys act globally from either window.
    const Uint32 id = windowOf(e);
    if (presenter_.window() && id != 0 && id == presenter_.window()->id()) {
        presenter_.window()->makeCurrent();
        presenter_.wake(2);
        if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP)
            handleKey(e);
        else
            forwardToImGui(e);
        window_->makeCurrent();
        return;
    }
    window_->makeCurrent();
    panels_.wake(2);
    presenter_.wake(2); // its preview follows
    if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
        handleKey(e);
        return;
    }
    if (e.type == SDL_MOUSEMOTION || e.type == SDL_MOUSEBUTTONDOWN) show_->mouseMoved();
    if (e.type == SDL_MOUSEBUTTONDOWN) // the mouse takes over
        input_.setNavigation(false, InputRouter::FocusChange::Keep, state_);
    forwardToImGui(e);
    switch (e.type) {
    case SDL_DROPFILE:
        if (e.drop.file) {
            std::string ext = std::filesystem::path(e.drop.file).extension().string();
            for (auto& c : ext)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            const bool picture = ext == ".png" || ext == ".jpg" || ext == ".jpeg";
            const EditorState& ed = state_.editor;
            if (state_.presentation.active) {
                // Nothing opens in front of a room.
            } else if (picture && ed.open && (ed.selectedPart == Part::Persona || ed.selectedPart == Part::Step)) {
                // A picture dropped while editing a persona or a step becomes its picture.
                apply(cmd::AddImage{FieldRef{ed.selectedPart, ed.selectedItem, Field::Image, -1, "", ""}, e.drop.file});
            } else {
                apply(cmd::OpenFile{e.drop.file});
            }
            SDL_free(e.drop.file);
        }
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (state_.blackout || state_.whiteout) apply(cmd::EndBlankScreen{});
        break;
    default: break;
    }
}

bool Studio::wantsAnotherFrame() const {
    // A stage shown without antialiasing while it moved is drawn once more, antialiased, at rest.
    // During a show the presenter's clocks tick once a second (the window loop wakes for them).
    return panels_.wantsFrame() || state_.isAnimating() || (renderer_ && renderer_->needsRefinement()) ||
           presenter_.wantsFrame();
}

void Studio::drawFrame() {
    window_->makeCurrent();
    window_->setFullscreen(state_.fullscreen);
    const int fbw = std::max(window_->drawableWidth(), 1);
    const int fbh = std::max(window_->drawableHeight(), 1);
    ensureFonts(fbh);
    theme_ = state_.prefs.lightTheme ? projectorLightTheme() : projectorDarkTheme();

    if (presenterOnly_) {
        for (const auto& c : presenter_.drawPresenterScreen(state_, roomLook(), fbw, fbh))
            apply(c);
        return;
    }
    window_->beginImGuiFrame();
    input_.beginFrame();
    const glm::vec2 fb{float(fbw), float(fbh)};
    const bool workspace = state_.screen == Screen::Workspace && !state_.blackout && !state_.whiteout;
    const std::optional<AppState> veiled = workspace ? std::nullopt : veiledUntilTheNoteIsRead(state_);
    const AppState& shown = veiled ? *veiled : state_;
    const ViewLayout layout = withStageColumns(
        workspace ? (state_.editor.open ? computeEditorLayout(fb, fonts_.scale)
                                        : computeWorkspaceLayout(fb, fonts_.scale, state_.problemsVisible))
                  : computeAudienceLayout(fb, fonts_.scale),
        shown, fonts_.small->FontSize);
    const StageView view = computeStageView(shown, fb, layout.stage);
    if (picturesFor_ != state_.scenario.get()) refreshPictures();
    if (lightStyle_ != state_.prefs.lightTheme) {
        // The panels follow the theme too (sizes stay as scaled for the fonts).
        lightStyle_ = state_.prefs.lightTheme;
        if (lightStyle_)
            ImGui::StyleColorsLight();
        else
            ImGui::StyleColorsDark();
    }
    // One display during a show: the next step's preview for the presenter overlay.
    const PresenterPreviews* overlay = state_.presentation.active && state_.presentation.singleDisplay
                                           ? &presenter_.overlayPreviews(state_, roomLook())
                                           : nullptr;
    const UiContext ui{shown, view, fonts_, theme_, layout, fb, &pictures_, overlay};
    const CommandList commands = workspace ? workspace_.draw(ui) : audience_.draw(ui);

    const std::vector<CoinLook> looks = coinLooks(shown);
    StageTheme stageTheme;
    stageTheme.background = theme_.background;
    const std::uint64_t uiSum = window_->finishImGuiFrame();
    const bool uiChanged = uiSum != lastUiSum_;
    lastUiSum_ = uiSum;
    // A frame the same as the one before (same stage, panels, caption band) is drawn once more into
    // the kept picture, and from then on only copied into the window.
    const KeptFrame::Plan plan = kept_->plan(renderer_->wouldReuse(view, looks, stageTheme, stageQuality_),
                                             frameSignature(uiSum, layout, theme_), fbw, fbh);
    if (plan == KeptFrame::Plan::ShowKept) {
        kept_->show();
    } else {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, fbw, fbh);
        renderer_->draw(view, looks, stageTheme, stageQuality_);
        clearCaptionBand(layout, fbh, theme_.captionBand);
        window_->drawImGui();
        if (plan == KeptFrame::Plan::DrawAndKeep) {
            returnFreedMemory(); // first: the kept tiles then take memory the heap has given back
            kept_->keep(fbw, fbh, {theme_.background.r, theme_.background.g, theme_.background.b});
        }
    }
    if (state_.presentation.active) presenter_.captureRoom(fbw, fbh);

    panels_.frameDrawn(uiChanged); // drawn again until the panels stand still
    if (input_.releaseEscapedField()) input_.setNavigation(false, InputRouter::FocusChange::Move, state_);
    for (const auto& c : commands)
        apply(c);
    if (presenter_.wantsFrame()) drawPresenterFrame();
    window_->makeCurrent();
}

void Studio::setAutosaveFolder(std::filesystem::path folder) {
    editorFiles_->setAutosaveFolder(std::move(folder));
}

void Studio::offerRestore() {
    editorFiles_->offerRestore();
}

void Studio::autosaveNow() {
    editorFiles_->autosaveNow();
}

} // namespace cs
