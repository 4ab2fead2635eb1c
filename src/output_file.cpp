#include "output_file.hpp"

#include "error.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace factline {

output_file::output_file(const std::optional<std::string>& path) {
  if (!path) {
    file_ = stdout;
    return;
  }
  path_ = *path;
  std::filesystem::path target(path_);
  std::error_code ec;
  auto status = std::filesystem::status(target, ec);
  owned_ = true;
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    // /dev/null, a pipe, a terminal: nothing to replace, write straight to it.
    file_ = std::fopen(path_.c_str(), "wb");
  } else {
    temp_ = target;
    temp_ += fmt::format(".factline-{}.tmp", ::getpid());
    file_ = std::fopen(temp_.c_str(), "wb");
  }
  if (!file_) fail(errno);
}

output_file::~output_file() {
  if (owned_ && file_) std::fclose(file_);
  std::error_code ec;
  if (!temp_.empty()) std::filesystem::remove(temp_, ec);
}

void output_file::fail(int err) {
  throw input_error({path_.empty() ? "standard output" : path_, 0, 0},
                    fmt::format("cannot be written: {}", std::strerror(err)));
}

void output_file::write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) fail(errno);
}

void output_file::commit() {
  bool ok = std::fflush(file_) == 0;
  int err = errno;
  if (!owned_) {
    if (!ok) fail(err);
    return;
  }
  if (!temp_.empty()) ok = (::fsync(::fileno(file_)) == 0 || errno == EINVAL) && ok;
  ok = (std::fclose(file_) == 0) && ok;
  if (!ok) err = errno;
  file_ = nullptr;
  std::error_code ec;
  if (ok && !temp_.empty()) {
    std::filesystem::rename(temp_, path_, ec);
    if (ec) ok = false, err = ec.value();
  }
  if (!ok) fail(err);
  temp_.clear();
}

} // namespace factline
