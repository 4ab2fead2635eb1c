# Writes a C++ file holding every shipped rule file as {name, text}: the built-in defaults.
# Called by the build with -DOUTPUT=... -DINPUTS=a.toml|b.toml
set(body "// Generated from rules/*.toml by tools/embed_rules.cmake. Do not edit.\n")
string(APPEND body "#include \"rules/builtin.hpp\"\n\nnamespace factline::rules {\n\n")
string(APPEND body "const std::vector<builtin_file>& builtin_files() {\n")
string(APPEND body "  static const std::vector<builtin_file> files = {\n")
string(REPLACE "|" ";" INPUTS "${INPUTS}")
list(SORT INPUTS)
foreach(input IN LISTS INPUTS)
  get_filename_component(name ${input} NAME)
  file(READ ${input} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${hex}")
  # Split the literal so no single line gets too long for editors or compilers.
  string(REGEX REPLACE "((\\\\x[0-9a-f][0-9a-f]){64})" "\\1\"\n      \"" escaped "${escaped}")
  string(APPEND body "    {\"${name}\", std::string(\"${escaped}\")},\n")
endforeach()
string(APPEND body "  };\n  return files;\n}\n\n} // namespace factline::rules\n")
file(WRITE ${OUTPUT} "${body}")
