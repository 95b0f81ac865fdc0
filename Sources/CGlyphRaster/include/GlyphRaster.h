// Glyph bitmaps from FreeType, for the text of figures rendered as PNG (Plots' rasterizer). The header
// names no FreeType type, so modules that import Plots need neither FreeType's headers nor its module.
// One font at a time; not thread-safe (the caller holds a lock).
#ifndef PLOTS_GLYPH_RASTER_H
#define PLOTS_GLYPH_RASTER_H

/// An 8-bit coverage bitmap of one glyph: `rows` rows of `width` bytes, `pitch` bytes apart; its top-left
/// pixel is `left` pixels right of the pen and `top` pixels above the baseline.
typedef struct {
    int width;
    int rows;
    int pitch;
    int left;
    int top;
    const unsigned char *buffer;
} GlyphBitmap;

/// Loads the font file at `path` (replacing any loaded before). Returns 0 on success.
int glyph_raster_open(const char *path);

/// Renders `codepoint` at `pixel_size` pixels per em, shifted right by `offset_x` pixels (0 ≤ offset < 1,
/// for positions between pixels). The bitmap stays valid until the next call. Returns 0 on success,
/// nonzero when no font is loaded or the font cannot render the character.
int glyph_raster_render(unsigned int codepoint, double pixel_size, double offset_x, GlyphBitmap *out);

#endif
