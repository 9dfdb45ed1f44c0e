// The handouts' style sheet: readable on screen and on paper, without any outside resource.
#include "core/handout/handout_style.h"

namespace cs::handout {

std::vector<TextOnBackground> textColourPairs(const HandoutPalette& p) {
    std::vector<TextOnBackground> pairs;
    const struct {
        std::string_view name;
        Rgb8 colour;
    } backgrounds[] = {{"page", p.page},
                       {"content note", p.note},
                       {"prompt", p.prompt},
                       {"warning", p.warning},
                       {"table head", p.tableHead}};
    for (const auto& background : backgrounds) {
        pairs.push_back({background.name, p.text, background.colour});
        pairs.push_back({background.name, p.muted, background.colour});
        pairs.push_back({background.name, p.link, background.colour});
    }
    return pairs;
}

std::string handoutCss(const HandoutPalette& p) {
    const std::string text = toHex(p.text);
    const std::string muted = toHex(p.muted);
    const std::string link = toHex(p.link);
    const std::string page = toHex(p.page);
    const std::string rule = toHex(p.rule);
    // System fonts only: the handout must not fetch anything, and these cover French accents.
    std::string css;
    css += ":root{color-scheme:light}\n";
    css += "html{background:" + page + "}\n";
    css += "body{margin:0 auto;max-width:48rem;padding:1.5rem 1.25rem 3rem;"
           "font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif;"
           "font-size:1.125rem;line-height:1.6;color:" +
           text + ";background:" + page + "}\n";
    css += "h1,h2,h3{line-height:1.25}\n";
    css += "h1{font-size:2rem;margin:0 0 .75rem}\n";
    css += "h2{font-size:1.6rem;margin:2.5rem 0 .75rem}\n";
    css += "h3{font-size:1.25rem;margin:1.25rem 0 .5rem}\n";
    css += "a{color:" + link + ";text-decoration:underline}\n";
    css += "a:focus{outline:3px solid " + text + ";outline-offset:2px}\n";
    // The skip link stays out of sight until a keyboard user reaches it.
    css += ".skip-link{position:absolute;left:-100rem}\n";
    css += ".skip-link:focus{position:static;display:inline-block;margin-bottom:1rem}\n";
    css += ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
           "white-space:nowrap}\n";
    css += ".step-number{display:block;font-size:1rem;font-weight:normal;color:" + muted + "}\n";
    css += ".summary{font-size:1.2rem}\n";
    css += ".meta,.private,footer{color:" + muted + ";font-size:1rem}\n";
    css += ".content-note{background:" + toHex(p.note) + ";border-left:.4rem solid " + toHex(p.noteBorder) +
           ";padding:.5rem 1rem;margin:1rem 0}\n";
    css += ".prompt{background:" + toHex(p.prompt) + ";border-left:.4rem solid " + toHex(p.promptBorder) +
           ";padding:.25rem 1rem .75rem;margin:1rem 0}\n";
    css += ".prompt h3{margin-top:.75rem}\n";
    css += ".warning{background:" + toHex(p.warning) + ";border:2px solid " + toHex(p.warningBorder) +
           ";padding:.5rem 1rem;margin:1rem 0}\n";
    css += ".picture{margin:1rem 0}\n";
    css += ".picture img{display:block;max-width:100%;height:auto;border:1px solid " + rule + "}\n";
    css += ".thumbnail img{max-width:min(100%,24rem)}\n";
    css += "table{border-collapse:collapse;width:100%;margin:1rem 0}\n";
    css += "caption{text-align:left;font-weight:bold;margin-bottom:.5rem}\n";
    css += "th,td{border:1px solid " + rule + ";padding:.35rem .6rem;text-align:left;vertical-align:top}\n";
    css += "thead th,tfoot th,tfoot td{background:" + toHex(p.tableHead) + "}\n";
    css += ".number{text-align:right;white-space:nowrap}\n";
    css += "footer{margin-top:3rem;border-top:1px solid " + rule + "}\n";
    // Paper: each step starts a page, headings stay with what follows, boxes are not split, and
    // coloured backgrounds (often not printed) keep their borders so the marking survives.
    css += "@media print{"
           "body{max-width:none;padding:0;font-size:12pt}"
           ".skip-link{display:none}"
           ".step{break-before:page}"
           "h2,h3{break-after:avoid}"
           ".picture,.prompt,.content-note,.warning,tr{break-inside:avoid}"
           "a{color:" +
           text + "}}\n";
    return css;
}

} // namespace cs::handout
