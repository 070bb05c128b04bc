# embed_text_files(TARGET target NAMESPACE ns FILES name=path ...)
#
# Compiles text files (templates, the XSD, the bundled factor tables) into the binary so that
# `build/empreinte` works from any directory. Each file becomes
# `extern const std::string_view <ns>::<name>;` declared in the generated header
# `<target>_embedded.h`. The files stay the single source of truth in the tree; the build
# regenerates the C++ whenever one changes.
function(embed_text_files)
  cmake_parse_arguments(EMBED "" "TARGET;NAMESPACE" "FILES" ${ARGN})
  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/embedded")
  set(header "${out_dir}/${EMBED_TARGET}_embedded.h")
  set(source "${out_dir}/${EMBED_TARGET}_embedded.cpp")
  set(inputs "")
  set(pairs "")
  foreach(entry IN LISTS EMBED_FILES)
    string(REPLACE "=" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 path)
    get_filename_component(path "${path}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND inputs "${path}")
    list(APPEND pairs "${name}=${path}")
  endforeach()
  add_custom_command(
    OUTPUT "${header}" "${source}"
    COMMAND ${CMAKE_COMMAND} -DHEADER=${header} -DSOURCE=${source} -DNAMESPACE=${EMBED_NAMESPACE}
            "-DPAIRS=${pairs}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake"
    DEPENDS ${inputs} "${PROJECT_SOURCE_DIR}/cmake/embed_generate.cmake"
    COMMENT "Embedding text files into ${EMBED_TARGET}"
    VERBATIM)
  add_library(${EMBED_TARGET} STATIC "${source}")
  target_include_directories(${EMBED_TARGET} PUBLIC "${out_dir}")
endfunction()
