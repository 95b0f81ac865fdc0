#ifndef CSOURCEKITBRIDGE_H
#define CSOURCEKITBRIDGE_H

#include <stddef.h>

/// Loads the toolchain's in-process sourcekitd (`libsourcekitdInProc.so`) and initializes it.
/// Returns 0 on success; otherwise writes a message into `error` (at most `error_size` bytes).
int sk_bridge_load(const char *library_path, char *error, size_t error_size);

/// Sends one request, written in sourcekitd's YAML request syntax, and waits for the answer.
/// Returns a malloc'd JSON text of the response; `*failed` is set to 1 when the text is an error
/// message instead (bad request, or sourcekitd's own error). The caller frees the text with `free`.
char *sk_bridge_send(const char *yaml, int *failed);

/// Gives the heap sourcekitd freed back to the system (`malloc_trim(0)`): a request that builds
/// modules (the first of a learner whose module cache is empty) frees tens of MB that glibc would
/// otherwise keep in the process for the bridge's whole life.
void sk_bridge_trim_heap(void);

#endif
