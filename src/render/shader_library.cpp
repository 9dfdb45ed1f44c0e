// Shader compilation with run-time files first and the embedded sources as the fallback.
#include "render/shader_library.h"

#include "core/file_io.h"
#include "render/embedded_shaders.h"

#include <vector>

namespace cs {
namespace {

gl::Shader compile(GLenum type, std::string_view written, std::string& log) {
    gl::Shader shader(glCreateShader(type));
    const std::string source = gl::shaderSourceForPlatform(written);
    const GLchar* text = source.data();
    const GLint length = GLint(source.size());
    glShaderSource(shader.get(), 1, &text, &length);
    glCompileShader(shader.get());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (!ok) {
        GLint size = 0;
        glGetShaderiv(shader.get(), GL_INFO_LOG_LENGTH, &size);
        std::vector<char> buffer(std::size_t(std::max(size, 1)));
        glGetShaderInfoLog(shader.get(), GLsizei(buffer.size()), nullptr, buffer.data());
        log += buffer.data();
        return {};
    }
    return shader;
}

std::string_view embedded(std::string_view fileName) {
    for (const auto& f : embeddedShaders()) {
        if (f.name == fileName) return f.text;
    }
    return {};
}

bool readText(const std::filesystem::path& path, std::string& out) {
    const auto r = readFileCapped(path, 1u << 20);
    if (!r.ok) return false;
    out.assign(r.bytes.begin(), r.bytes.end());
    return true;
}

} // namespace

gl::Program buildProgram(std::string_view vs, std::string_view fs, std::string_view labelText, std::string& log) {
    gl::Shader v = compile(GL_VERTEX_SHADER, vs, log);
    gl::Shader f = compile(GL_FRAGMENT_SHADER, fs, log);
    if (!v || !f) return {};
    gl::Program program(glCreateProgram());
    glAttachShader(program.get(), v.get());
    glAttachShader(program.get(), f.get());
    glLinkProgram(program.get());
    GLint ok = GL_FALSE;
    glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
    glDetachShader(program.get(), v.get());
    glDetachShader(program.get(), f.get());
    if (!ok) {
        GLint size = 0;
        glGetProgramiv(program.get(), GL_INFO_LOG_LENGTH, &size);
        std::vector<char> buffer(std::size_t(std::max(size, 1)));
        glGetProgramInfoLog(program.get(), GLsizei(buffer.size()), nullptr, buffer.data());
        log += buffer.data();
        return {};
    }
    gl::label(GL_PROGRAM, program.get(), labelText);
    return program;
}

LoadedProgram loadProgram(const std::filesystem::path& shaderDir, std::string_view name) {
    return loadProgram(shaderDir, name, name);
}

LoadedProgram loadProgram(const std::filesystem::path& shaderDir, std::string_view vertexName,
                          std::string_view fragmentName) {
    LoadedProgram out;
    const std::string name =
        std::string(vertexName) + (vertexName == fragmentName ? "" : "+" + std::string(fragmentName));
    const std::string vsName = std::string(vertexName) + ".vert";
    const std::string fsName = std::string(fragmentName) + ".frag";
    std::string vs, fs;
    if (!shaderDir.empty() && readText(shaderDir / vsName, vs) && readText(shaderDir / fsName, fs)) {
        std::string log;
        out.program = buildProgram(vs, fs, name, log);
        if (out.program) {
            out.fromFiles = true;
            return out;
        }
        out.problems = (shaderDir / name).string() + ": " + log;
    } else {
        out.problems = "shader files for '" + std::string(name) + "' not found in '" + shaderDir.string() + "'";
    }
    std::string log;
    out.program = buildProgram(embedded(vsName), embedded(fsName), name, log);
    if (!out.program) out.problems += "; embedded copy failed too: " + log;
    return out;
}

} // namespace cs
