// Calls the few sourcekitd functions the completion service needs, looked up with dlsym so that the
// kernel builds and runs on a toolchain without SourceKit (completion is then simply unavailable).
#include "CSourceKitBridge.h"

#include <dlfcn.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void *sk_object;
typedef struct { uint64_t data[3]; } sk_variant;

static void (*sk_initialize)(void);
static sk_object (*sk_request_create_from_yaml)(const char *, char **);
static sk_object (*sk_send_request_sync)(sk_object);
static void (*sk_request_release)(sk_object);
static bool (*sk_response_is_error)(sk_object);
static const char *(*sk_response_error_get_description)(sk_object);
static sk_variant (*sk_response_get_value)(sk_object);
static char *(*sk_variant_json_description_copy)(sk_variant);
static void (*sk_response_dispose)(sk_object);

static char *copy_text(const char *text) {
    size_t length = strlen(text);
    char *copy = malloc(length + 1);
    if (copy) memcpy(copy, text, length + 1);
    return copy;
}

int sk_bridge_load(const char *library_path, char *error, size_t error_size) {
    void *library = dlopen(library_path, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(error, error_size, "%s", dlerror());
        return 1;
    }
#define LOOK_UP(variable, name)                                                      \
    *(void **)(&variable) = dlsym(library, name);                                    \
    if (!variable) {                                                                 \
        snprintf(error, error_size, "%s has no symbol %s", library_path, name);     \
        return 1;                                                                    \
    }
    LOOK_UP(sk_initialize, "sourcekitd_initialize")
    LOOK_UP(sk_request_create_from_yaml, "sourcekitd_request_create_from_yaml")
    LOOK_UP(sk_send_request_sync, "sourcekitd_send_request_sync")
    LOOK_UP(sk_request_release, "sourcekitd_request_release")
    LOOK_UP(sk_response_is_error, "sourcekitd_response_is_error")
    LOOK_UP(sk_response_error_get_description, "sourcekitd_response_error_get_description")
    LOOK_UP(sk_response_get_value, "sourcekitd_response_get_value")
    LOOK_UP(sk_variant_json_description_copy, "sourcekitd_variant_json_description_copy")
    LOOK_UP(sk_response_dispose, "sourcekitd_response_dispose")
#undef LOOK_UP
    sk_initialize();
    return 0;
}

char *sk_bridge_send(const char *yaml, int *failed) {
    char *parse_error = NULL;
    sk_object request = sk_request_create_from_yaml(yaml, &parse_error);
    if (!request) {
        *failed = 1;
        char *message = copy_text(parse_error ? parse_error : "invalid request");
        free(parse_error);
        return message;
    }
    sk_object response = sk_send_request_sync(request);
    sk_request_release(request);
    char *text;
    if (sk_response_is_error(response)) {
        *failed = 1;
        const char *description = sk_response_error_get_description(response);
        text = copy_text(description ? description : "sourcekitd error");
    } else {
        *failed = 0;
        text = sk_variant_json_description_copy(sk_response_get_value(response));
    }
    sk_response_dispose(response);
    return text;
}

void sk_bridge_trim_heap(void) { malloc_trim(0); }
