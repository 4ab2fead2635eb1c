// factline.toml: read what is right, point at what is wrong (file:line:column).
#include "corpus/loader.hpp"
#include "corpus/manifest.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace factline;
namespace fs = std::filesystem;

namespace {

struct temp_corpus {
  fs::path root;
  temp_corpus() {
    // (ctest runs test cases as processes side by side: the name must differ between them,
    // which an unseeded rand() does not.)
    static int made = 0;
    root = fs::temp_directory_path() / fs::path("factline-manifest-" + std::to_string(::getpid()) +
                                                "-" + std::to_string(made++));
    fs::create_directories(root);
    write("a.txt", "Nothing dated here.\n");
  }
  ~temp_corpus() { fs::remove_all(root); }
  void write(const std::string& name, const std::string& text) {
    fs::create_directories((root / name).parent_path());
    std::ofstream(root / name, std::ios::binary) << text;
  }
};

source_position error_of(const std::string& manifest) {
  temp_corpus c;
  c.write("factline.toml", manifest);
  try {
    corpus::load_manifest(c.root, "factline.toml");
  } catch (const input_error& e) {
    return e.where();
  }
  return {"<no error>", 0, 0};
}

} // namespace

TEST_CASE("a good manifest gives dates at their precision", "[corpus]") {
  temp_corpus c;
  c.write("b.md", "x");
  c.write("factline.toml", "[corpus]\nname = \"t\"\n[[document]]\npath = \"a.txt\"\n"
                           "published = 2025-04-21\ntitle = \"A\"\n[[document]]\npath = \"b.md\"\n"
                           "published = \"2024-11\"\n");
  auto m = corpus::load_manifest(c.root, "factline.toml");
  CHECK(m.name == "t");
  REQUIRE(m.documents.size() == 2);
  CHECK(calendar::describe(*m.documents[0].published) == "2025-04-21");
  CHECK(calendar::describe(*m.documents[1].published) == "2024-11");
}

TEST_CASE("manifest errors name line and column", "[corpus]") {
  struct row {
    const char* manifest;
    int line, column;
  };
  const row rows[] = {
      {"[corpus]\nname = \n", 2, 8},                                       // bad TOML
      {"[[document]]\npath = \"missing.txt\"\n", 2, 8},                    // no such file
      {"[[document]]\npath = \"a.txt\"\npublished = 2025-02-30\n", 3, 23}, // impossible date
      {"[[document]]\npath = \"a.txt\"\npublished = \"2025-13\"\n", 3, 13},
      {"[[document]]\npath = \"a.txt\"\nauthor = \"x\"\n", 3, 1}, // unknown key
      {"[[document]]\npath = \"../a.txt\"\n", 2, 8},              // outside
      {"[[document]]\npath = 7\n", 2, 8},                         // wrong type
      {"[corpus]\nnam = \"x\"\n", 2, 1},
  };
  for (const auto& r : rows) {
    INFO(r.manifest);
    auto where = error_of(r.manifest);
    CHECK(where.file == "factline.toml");
    CHECK(where.line == r.line);
    CHECK(where.column == r.column);
  }
}

TEST_CASE("a corpus folder reads every .txt and .md, in path order", "[corpus]") {
  temp_corpus c;
  c.write("sub/z.md", "x");
  c.write("b.txt", std::string("bin\0ary", 7));
  c.write("ignored.html", "x");
  auto loaded = corpus::load({c.root.string()});
  REQUIRE(loaded.documents.size() == 3);
  CHECK(loaded.documents[0].path == "a.txt");
  CHECK(loaded.documents[1].path == "b.txt");
  CHECK_FALSE(loaded.documents[1].skipped); // nothing is read until the document is opened
  corpus::open_document(loaded.documents[1]);
  CHECK(loaded.documents[1].skipped);
  CHECK(loaded.documents[1].reason.find("NUL") != std::string::npos);
  CHECK(loaded.documents[2].path == "sub/z.md");
  CHECK_THROWS_AS(corpus::load({(c.root / "nope").string()}), input_error);
}

TEST_CASE("a document that disappears before it is read is skipped with the reason", "[corpus]") {
  temp_corpus c;
  auto loaded = corpus::load({c.root.string()});
  REQUIRE(loaded.documents.size() == 1);
  fs::remove(c.root / "a.txt");
  corpus::open_document(loaded.documents[0]);
  CHECK(loaded.documents[0].skipped);
  CHECK(loaded.documents[0].reason.find("cannot be read") != std::string::npos);
}
