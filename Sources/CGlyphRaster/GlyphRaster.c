// See GlyphRaster.h.
#include "GlyphRaster.h"

#include <ft2build.h>
#include FT_FREETYPE_H

static FT_Library library;
static FT_Face face;

int glyph_raster_open(const char *path) {
    if (!library && FT_Init_FreeType(&library) != 0) {
        library = NULL;
        return 1;
    }
    if (face) {
        FT_Done_Face(face);
        face = NULL;
    }
    if (FT_New_Face(library, path, 0, &face) != 0) {
        face = NULL;
        return 1;
    }
    return 0;
}

int glyph_raster_render(unsigned int codepoint, double pixel_size, double offset_x, GlyphBitmap *out) {
    if (!face || pixel_size <= 0) return 1;
    // 26.6 fixed point at 72 dpi: one point is one pixel.
    if (FT_Set_Char_Size(face, 0, (FT_F26Dot6)(pixel_size * 64 + 0.5), 72, 72) != 0) return 1;
    FT_Vector shift = {(FT_Pos)(offset_x * 64 + 0.5), 0};
    FT_Set_Transform(face, NULL, &shift);
    FT_UInt index = FT_Get_Char_Index(face, codepoint);
    if (index == 0) return 1;
    // Light hinting moves outlines only vertically, so the horizontal positions stay where the layout put them.
    if (FT_Load_Glyph(face, index, FT_LOAD_TARGET_LIGHT | FT_LOAD_RENDER) != 0) return 1;
    FT_GlyphSlot slot = face->glyph;
    if (slot->bitmap.pixel_mode != FT_PIXEL_MODE_GRAY) return 1;
    out->width = (int)slot->bitmap.width;
    out->rows = (int)slot->bitmap.rows;
    out->pitch = slot->bitmap.pitch;
    out->left = slot->bitmap_left;
    out->top = slot->bitmap_top;
    out->buffer = slot->bitmap.buffer;
    return 0;
}
