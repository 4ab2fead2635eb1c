#include "corpus/loader.hpp"

#include "corpus/publication.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

namespace factline::corpus {

namespace fs = std::filesystem;

namespace {

bool is_document_name(const fs::path& p) {
  auto ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return ext == ".txt" || ext == ".md";
}

void load_folder(const fs::path& root, const std::string& prefix, corpus& out) {
  std::optional<manifest> m;
  std::error_code ec;
  std::string manifest_name = prefix + "factline.toml";
  if (fs::is_regular_file(root / "factline.toml", ec)) {
    m = load_manifest(root, manifest_name);
    if (out.name.empty()) out.name = m->name;
    for (auto s : m->suppressions) {
      if (!s.document.empty()) s.document = prefix + s.document;
      out.suppressions.push_back(std::move(s));
    }
  }
  std::vector<std::pair<std::string, fs::path>> files;
  auto options = fs::directory_options::skip_permission_denied;
  for (fs::recursive_directory_iterator it(root, options, ec), end; !ec && it != end;
       it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec) || !is_document_name(it->path())) continue;
    files.emplace_back(it->path().lexically_relative(root).generic_string(), it->path());
  }
  if (ec)
    throw input_error({prefix.empty() ? root.string() : prefix, 0, 0},
                      fmt::format("cannot list the folder: {}", ec.message()));
  std::sort(files.begin(), files.end());
  for (auto& [relative, path] : files) {
    document doc;
    doc.path = prefix + relative;
    doc.file = path;
    if (m) {
      if (const manifest_entry* entry = m->find(relative)) {
        doc.title = entry->title;
        if (entry->published) {
          doc.published.date = entry->published;
          doc.published.source = publication_source::manifest;
        }
      }
    }
    out.documents.push_back(std::move(doc));
  }
}

} // namespace

corpus load(const std::vector<std::string>& paths) {
  corpus out;
  // With one folder, paths are relative to it; with several inputs, each keeps its folder's
  // name in front so that two corpora cannot produce the same path.
  bool several = paths.size() > 1;
  for (const auto& given : paths) {
    fs::path p(given);
    std::error_code ec;
    auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) throw input_error({given, 0, 0}, "no such file or folder");
    if (fs::is_directory(status)) {
      std::string prefix;
      if (several) {
        prefix = p.lexically_normal().generic_string();
        if (!prefix.empty() && prefix.back() != '/') prefix += '/';
      }
      load_folder(p, prefix, out);
    } else {
      document doc;
      doc.path = p.lexically_normal().generic_string();
      doc.file = p;
      out.documents.push_back(std::move(doc));
    }
  }
  std::stable_sort(out.documents.begin(), out.documents.end(),
                   [](const document& a, const document& b) { return a.path < b.path; });
  // The same file named twice (a folder and a file inside it) is one document.
  out.documents.erase(
      std::unique(out.documents.begin(), out.documents.end(),
                  [](const document& a, const document& b) { return a.path == b.path; }),
      out.documents.end());
  return out;
}

void open_document(document& doc) {
  std::ifstream in(doc.file, std::ios::binary);
  std::stringstream buffer;
  if (in) buffer << in.rdbuf();
  if (!in || in.bad()) {
    doc.skipped = true;
    doc.reason = fmt::format("cannot be read: {}", std::strerror(errno));
    return;
  }
  auto decoded = decode_text(buffer.str());
  if (!decoded.text) {
    doc.skipped = true;
    doc.reason = decoded.reason;
    return;
  }
  doc.text = std::move(*decoded.text);
  doc.reason = decoded.reason;
  doc.lines = line_index(doc.text);
  find_publication_date(doc);
}

} // namespace factline::corpus
