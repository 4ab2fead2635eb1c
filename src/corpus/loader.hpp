#pragma once
// Turns the PATHs of the command line into documents: folders are corpora (with an optional
// factline.toml), files are single documents. Nothing is dropped silently: a file that cannot
// be read as text is kept as a skipped document with its reason.
#include "corpus/document.hpp"
#include "corpus/manifest.hpp"

#include <string>
#include <vector>

namespace factline::corpus {

struct corpus {
  std::string name;
  std::vector<suppression> suppressions; // document paths as reports show them
  std::vector<document> documents;       // sorted by path, so output never depends on disk order
};

// Lists the documents (no text is read yet) with what the manifest says of them. Throws
// input_error for a path that does not exist or a bad manifest.
corpus load(const std::vector<std::string>& paths);

// Reads one document's text and finds its publication date; a file that cannot be read as text
// is marked skipped with the reason. Call release_text() when done with it.
void open_document(document& doc);

} // namespace factline::corpus
