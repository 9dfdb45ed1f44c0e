// Display planning for presentations.
#include "core/display_plan.h"

namespace cs {
namespace {

int primaryIndex(const std::vector<DisplayInfo>& displays) {
    for (int i = 0; i < int(displays.size()); ++i) {
        if (displays[std::size_t(i)].primary) return i;
    }
    return 0;
}

} // namespace

PresentationPlan planPresentation(const std::vector<DisplayInfo>& displays, std::optional<int> requested) {
    PresentationPlan plan;
    plan.requested = requested;
    const int count = int(displays.size());
    if (count == 0) {
        plan.error = "no display found";
        return plan;
    }
    const int primary = primaryIndex(displays);
    if (requested) {
        if (*requested < 1 || *requested > count) {
            plan.error = "--display " + std::to_string(*requested) + " does not exist: this computer has " +
                         std::to_string(count) + " display" + (count == 1 ? "" : "s") + " (1 to " +
                         std::to_string(count) + ")";
            return plan;
        }
        plan.audience = *requested - 1;
    } else {
        plan.audience = primary;
        for (int i = 0; i < count; ++i) {
            if (i != primary) {
                plan.audience = i; // the first non-primary display: usually the projector
                break;
            }
        }
    }
    if (count > 1) {
        // The presenter on the primary display, or on any other than the audience's.
        plan.presenter = plan.audience != primary ? primary : (plan.audience == 0 ? 1 : 0);
    }
    return plan;
}

PresentationPlan replanPresentation(const std::vector<DisplayInfo>& displays, const PresentationPlan& current) {
    const int count = int(displays.size());
    if (count == 0) return current; // nothing to move to; keep going where we are
    if (current.singleDisplay() && count > 1) {
        // Back to several displays: the audience goes where the show was planned to be, if it can.
        const bool fits = current.requested && *current.requested >= 1 && *current.requested <= count;
        PresentationPlan fresh = planPresentation(displays, fits ? current.requested : std::nullopt);
        fresh.requested = current.requested;
        return fresh;
    }
    PresentationPlan plan = current;
    plan.error.clear();
    if (plan.audience >= count) {
        plan = planPresentation(displays, std::nullopt);
        plan.requested = current.requested;
    }
    if (count == 1) {
        plan.audience = 0;
        plan.presenter = -1;
        return plan;
    }
    if (plan.presenter < 0 || plan.presenter >= count || plan.presenter == plan.audience) {
        const int primary = primaryIndex(displays);
        plan.presenter = plan.audience != primary ? primary : (plan.audience == 0 ? 1 : 0);
    }
    return plan;
}

} // namespace cs
