// libFuzzer entry point for the scenario parser: any bytes must parse without crashing, and any
// scenario that parses must come back identical through the canonical writer.
#include "core/scenario/parser.h"
#include "core/scenario/resolve.h"
#include "core/scenario/structure_library.h"
#include "core/scenario/writer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

const cs::StructureLibrary& library() {
    // Built once per fuzzing process; libFuzzer calls the entry point millions of times.
    static const cs::StructureLibrary builtIn = cs::StructureLibrary::builtIn();
    return builtIn;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cs::ParseOptions options;
    options.displayName = "fuzz.toml";
    options.library = &library();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const cs::ParseResult result = cs::parseScenario(text, options);
    for (const cs::Diagnostic& d : result.diagnostics) {
        if (d.message.empty() || d.line < 0 || d.column < 0) __builtin_trap();
        (void)cs::formatDiagnostic(d);
    }
    if (result.diagnostics.size() > cs::kMaxDiagnosticsPerFile + 1) __builtin_trap();
    if (!result.scenario) return 0;

    (void)cs::resolveSteps(*result.scenario);
    const std::string written = cs::writeScenario(*result.scenario);
    const cs::ParseResult again = cs::parseScenario(written, options);
    if (!again.scenario || !(*again.scenario == *result.scenario)) __builtin_trap(); // round trip broke
    return 0;
}
