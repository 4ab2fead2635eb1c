#pragma once
// Where a command's output goes: standard output, a device (/dev/null, a pipe), or a regular
// file written whole or not at all (a temporary file beside it, renamed into place when
// complete), so a reader never sees half a report. Output may be written in pieces.
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace factline {

class output_file {
public:
  explicit output_file(const std::optional<std::string>& path); // none: standard output
  output_file(const output_file&) = delete;
  output_file& operator=(const output_file&) = delete;
  ~output_file(); // an output never committed is removed
  void write(std::string_view text);
  void commit();

private:
  [[noreturn]] void fail(int err);
  std::string path_;
  std::filesystem::path temp_; // empty unless writing a regular file
  std::FILE* file_ = nullptr;
  bool owned_ = false; // file_ is ours to close
};

} // namespace factline
