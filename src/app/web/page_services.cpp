// The browser's file picker and downloads, through the page's own elements (index.html).
#include "app/page_services.h"

#include <emscripten.h>

#include <string>

namespace cs::page {

void pickFiles(bool folder) {
    // The browser lets a page open its picker only shortly after the person's click or key press: the
    // menu's click is a few frames ago at most.
    EM_ASM(
        {
            var input = document.getElementById($0 ? 'open-folder' : 'open-file');
            if (input) input.click();
        },
        folder ? 1 : 0);
}

void setFullscreen(bool on) {
    EM_ASM(
        {
            var inFullscreen = !!document.fullscreenElement;
            var refused = function() {
                Module._coinstudio_fullscreen_changed(document.fullscreenElement ? 1 : 0);
            };
            if ($0 && !inFullscreen) {
                var asked =
                    document.documentElement.requestFullscreen ? document.documentElement.requestFullscreen() : null;
                if (asked && asked.catch)
                    asked.catch(refused);
                else if (!asked)
                    refused();
            } else if (!$0 && inFullscreen) {
                document.exitFullscreen().catch(function(){});
            }
        },
        on ? 1 : 0);
}

bool offerDownload(std::string_view fileName, std::span<const std::uint8_t> bytes) {
    const std::string name(fileName);
    return EM_ASM_INT(
               {
                   try {
                       var data = HEAPU8.slice($1, $1 + $2);
                       var url = URL.createObjectURL(new Blob([data], {
                           type:
                               'text/plain;charset=utf-8'
                       }));
                       var a = document.createElement('a');
                       a.href = url;
                       a.download = UTF8ToString($0);
                       document.body.appendChild(a);
                       a.click();
                       a.remove();
                       setTimeout(
                           function() { URL.revokeObjectURL(url); }, 10000);
                       return 1;
                   } catch (e) {
                       return 0;
                   }
               },
               name.c_str(), bytes.data(), int(bytes.size())) != 0;
}

} // namespace cs::page
