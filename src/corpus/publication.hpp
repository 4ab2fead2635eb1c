#pragma once
// Where a document's publication date comes from, in order: the manifest, a front-matter block,
// a dateline in its first lines. Never today's clock.
#include "corpus/document.hpp"

namespace factline::corpus {

// Sets doc.published (unless the manifest already did) and doc.body_begin past front matter.
void find_publication_date(document& doc);

} // namespace factline::corpus
