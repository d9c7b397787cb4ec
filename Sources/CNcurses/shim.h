#ifndef SITEWALK_CNCURSES_SHIM_H
#define SITEWALK_CNCURSES_SHIM_H
/* Wide-character ncurses, plus static-inline wrappers for the macros Swift cannot import. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t sw_A_BOLD(void)      { return A_BOLD; }
static inline attr_t sw_A_REVERSE(void)   { return A_REVERSE; }
static inline attr_t sw_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t sw_A_DIM(void)       { return A_DIM; }
static inline attr_t sw_A_ITALIC(void)    { return A_ITALIC; }
static inline void sw_getmaxyx(WINDOW *w, int *y, int *x) { int a, b; getmaxyx(w, a, b); *y = a; *x = b; }
static inline int sw_KEY_F(int n) { return KEY_F(n); }
static inline mmask_t sw_ALL_MOUSE_EVENTS(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t sw_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t sw_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t sw_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t sw_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t sw_BUTTON5_PRESSED(void) { return 0; }
#endif
/* Writes one cell: a grapheme given as a NUL-terminated wide string, with attributes and a colour pair. */
static inline int sw_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}
/* Fills one cchar_t from a single wide character, attributes and a colour pair (one cell of a run). */
static inline void sw_set_cchar(cchar_t *c, wchar_t ch, attr_t attrs, short pair) {
    wchar_t w[2];
    w[0] = ch;
    w[1] = 0;
    setcchar(c, w, attrs, pair, NULL);
}
/* Writes n single-width cells from (y, x) with one call (the cursor does not move). */
static inline int sw_put_run(int y, int x, const cchar_t *cells, int n) {
    return mvadd_wchnstr(y, x, cells, n);
}
/* The display width libc gives a wide character (ncurses lays cells out with it). SwiftPM drops
   pkg-config's -D_XOPEN_SOURCE, without which <wchar.h> does not declare wcwidth: declare it here. */
extern int wcwidth(wchar_t ch);
static inline int sw_wcwidth(wchar_t ch) { return wcwidth(ch); }
#endif
