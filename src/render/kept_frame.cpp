#include "render/kept_frame.h"

#include "render/shader_library.h"

namespace cs {

namespace {
constexpr int kFloatsPerVertex = 4; // window corner, packed corner
} // namespace

KeptFrame::Plan KeptFrame::plan(bool stageUnchanged, std::uint64_t signature, int width, int height) {
    const bool sameAsBefore = enabled_ && stageUnchanged && havePrevious_ && signature == lastSignature_;
    havePrevious_ = true;
    lastSignature_ = signature;
    lastShown_ = false;
    if (!sameAsBefore) {
        holds_ = false;
        return Plan::Draw;
    }
    if (holds_ && width == width_ && height == height_) {
        lastShown_ = true;
        return Plan::ShowKept;
    }
    return Plan::DrawAndKeep;
}

std::vector<std::array<int, 2>> KeptFrame::pack(std::span<const Run> runs, int width, int& packedHeight) {
    std::vector<std::array<int, 2>> at;
    at.reserve(runs.size());
    int x = 0, y = 0, rowHeight = 0;
    for (const Run& r : runs) {
        if (r.flat) {
            at.push_back({0, 0});
            continue;
        }
        if (x > 0 && x + r.width > width) {
            y += rowHeight;
            x = 0;
            rowHeight = 0;
        }
        at.push_back({x, y});
        x += r.width;
        rowHeight = std::max(rowHeight, r.height);
    }
    packedHeight = y + rowHeight;
    return at;
}

bool KeptFrame::ensureProgram() {
    if (copy_ && fill_) return true;
    if (programTried_) return false;
    programTried_ = true;
    LoadedProgram copy = loadProgram(shaderDir_, "kept_frame");
    LoadedProgram fill = loadProgram(shaderDir_, "kept_frame", "kept_fill");
    if (!copy.program || !fill.program) return false;
    copy_ = std::move(copy.program);
    fill_ = std::move(fill.program);
    copySize_ = glGetUniformLocation(copy_.get(), "uSize");
    copyKeptSize_ = glGetUniformLocation(copy_.get(), "uKeptSize");
    copyPicture_ = glGetUniformLocation(copy_.get(), "uPicture");
    fillSize_ = glGetUniformLocation(fill_.get(), "uSize");
    fillColour_ = glGetUniformLocation(fill_.get(), "uFill");
    vao_ = gl::makeVertexArray("kept frame runs");
    vertices_ = gl::makeBuffer("kept frame runs");
    glBindVertexArray(vao_.get());
    glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
    constexpr GLsizei kStride = kFloatsPerVertex * sizeof(float);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, kStride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, kStride, reinterpret_cast<const void*>(2 * sizeof(float)));
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return true;
}

void KeptFrame::keep(int width, int height, std::array<std::uint8_t, 3> background) {
    holds_ = false;
    if (width <= 0 || height <= 0 || !ensureProgram()) return;
    gl::StateGuard guard;
    GLint readBuffer = GL_BACK, packAlignment = 4;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glGetIntegerv(GL_READ_BUFFER, &readBuffer);
    glGetIntegerv(GL_PACK_ALIGNMENT, &packAlignment);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    // Read back a band of tile rows at a time: a small buffer, not a second copy of the frame.
    std::vector<std::uint8_t> band(std::size_t(width) * kTile * 4);
    const std::vector<Run> runs = runsNotBackground(width, height, background, [&](int first, int count) {
        glReadPixels(0, first, width, count, GL_RGBA, GL_UNSIGNED_BYTE, band.data());
        return std::span<const std::uint8_t>(band.data(), std::size_t(width) * std::size_t(count) * 4);
    });
    glPixelStorei(GL_PACK_ALIGNMENT, packAlignment);
    band = {};

    int packedHeight = 0;
    const auto at = pack(runs, width, packedHeight);
    if (packedHeight > 0 && (!packed_ || packedWidth_ != width || packedHeight_ != packedHeight)) {
        packed_ = gl::makeTexture("kept frame tiles");
        glBindTexture(GL_TEXTURE_2D, packed_.get());
        // Copied from the window's framebuffer, which has no alpha in the browser (WebGL copies only
        // into a format with no more channels than the framebuffer has).
        if constexpr (gl::kEmbedded)
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, width, packedHeight, 0, GL_RGB, GL_UNSIGNED_BYTE, nullptr);
        else
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, packedHeight, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        packedWidth_ = width;
        packedHeight_ = packedHeight;
    } else if (packedHeight == 0) {
        packed_.reset();
        packedWidth_ = packedHeight_ = 0;
    }
    // The copied runs first (one draw), then the runs of each colour (one draw per colour).
    std::vector<float> vertices;
    vertices.reserve(runs.size() * 6 * kFloatsPerVertex);
    auto rectangle = [&](const Run& r, std::array<int, 2> packedAt) {
        const float x0 = float(r.x), y0 = float(r.y), x1 = float(r.x + r.width), y1 = float(r.y + r.height);
        const float u0 = float(packedAt[0]), v0 = float(packedAt[1]), u1 = float(packedAt[0] + r.width),
                    v1 = float(packedAt[1] + r.height);
        vertices.insert(vertices.end(), {x0, y0, u0, v0, x1, y0, u1, v0, x1, y1, u1, v1,
                                         x0, y0, u0, v0, x1, y1, u1, v1, x0, y1, u0, v1});
    };
    double kept = 0.0;
    if (packed_) glBindTexture(GL_TEXTURE_2D, packed_.get());
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Run& r = runs[i];
        if (r.flat) continue;
        glCopyTexSubImage2D(GL_TEXTURE_2D, 0, at[i][0], at[i][1], r.x, r.y, r.width, r.height);
        rectangle(r, at[i]);
        kept += double(r.width) * double(r.height);
    }
    copyVertices_ = GLsizei(vertices.size() / kFloatsPerVertex);
    fills.clear();
    std::vector<bool> done(runs.size(), false);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (!runs[i].flat || done[i]) continue;
        Fill f;
        f.first = GLint(vertices.size() / kFloatsPerVertex);
        f.colour = {float(runs[i].colour[0]) / 255.0f, float(runs[i].colour[1]) / 255.0f,
                    float(runs[i].colour[2]) / 255.0f, 1.0f};
        for (std::size_t j = i; j < runs.size(); ++j) {
            if (!runs[j].flat || done[j] || runs[j].colour != runs[i].colour) continue;
            rectangle(runs[j], {0, 0});
            done[j] = true;
        }
        f.count = GLsizei(vertices.size() / kFloatsPerVertex) - f.first;
        fills.push_back(f);
    }
    glReadBuffer(GLenum(readBuffer));
    glBindBuffer(GL_ARRAY_BUFFER, vertices_.get());
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vertices.size() * sizeof(float)), vertices.data(), GL_STATIC_DRAW);
    width_ = width;
    height_ = height;
    keptShare_ = float(kept / (double(width) * double(height)));
    clear_ = {float(background[0]) / 255.0f, float(background[1]) / 255.0f, float(background[2]) / 255.0f};
    holds_ = true;
}

void KeptFrame::show() {
    if (!holds_ || !copy_) return;
    gl::StateGuard guard;
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glViewport(0, 0, width_, height_);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(clear_[0], clear_[1], clear_[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_BLEND);
    glBindVertexArray(vao_.get());
    if (copyVertices_ > 0 && packed_) {
        glUseProgram(copy_.get());
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, packed_.get());
        glUniform1i(copyPicture_, 0);
        glUniform2f(copySize_, float(width_), float(height_));
        glUniform2f(copyKeptSize_, float(packedWidth_), float(packedHeight_));
        glDrawArrays(GL_TRIANGLES, 0, copyVertices_);
        glBindTexture(GL_TEXTURE_2D, 0);
    }
    if (!fills.empty()) {
        glUseProgram(fill_.get());
        glUniform2f(fillSize_, float(width_), float(height_));
        for (const Fill& f : fills) {
            glUniform4fv(fillColour_, 1, f.colour.data());
            glDrawArrays(GL_TRIANGLES, f.first, f.count);
        }
    }
    glBindVertexArray(0);
}

void KeptFrame::forget() {
    holds_ = false;
    packed_.reset();
    packedWidth_ = packedHeight_ = 0;
    width_ = height_ = 0;
    copyVertices_ = 0;
    fills.clear();
}

void KeptFrame::setEnabled(bool on) {
    enabled_ = on;
    if (!on) forget();
}

} // namespace cs
