package textfacts

// Reading is the facts of one text as one reader read them, kept for a
// later reader of the same text: the importer reads every line to align
// the editions, and the checker reads the same texts next. It is handed
// over by position (the unit a block became), not looked up by the text,
// so nothing is hashed and nothing is locked.
//
// The importer knows only the release's year, the checker the whole
// release date, yet most texts never look at the date: a Reading keeps the
// Context the text was read with and the fields of it the reading used
// (the year for 1月22日 or "January 22", month and day for 本日, 本7日 or
// "today"), and answers a later reader whose Context agrees on those
// fields. The Facts it gives are shared: callers must not change their
// slices.
type Reading struct {
	text string
	f    Facts
	ctx  Context // the context the facts were read with
	used ctxUse  // the fields of ctx they depend on
	ja   bool    // read as Japanese
	read bool    // false for the zero Reading, which answers nothing
	bare bool    // text is a whole line that carries no numbering label (MarkBare)
}

// Read extracts the facts of text with ctx, keeping them in r, and
// returns them.
func (r *Reading) Read(text string, lang Lang, ctx Context) Facts {
	f, used := extract(text, lang, ctx)
	*r = Reading{text: text, f: f, ctx: ctx, used: used, ja: lang == JA, read: true}
	return f
}

// MarkBare records that the text r read is a whole line in which the
// reader found no numbering label (numbering.Parse found none): a later
// reader of the same line need not look for one. The facts do not depend
// on it; the label parser lives elsewhere, so r only carries the word.
func (r *Reading) MarkBare() { r.bare = true }

// Bare reports whether r read line, all of it, and its reader found no
// numbering label in it (MarkBare). A nil Reading knows nothing.
func (r *Reading) Bare(line string) bool {
	return r != nil && r.read && r.bare && r.text == line
}

// Facts returns the facts r holds for text in lang read with ctx: ok when
// r read that very text (usually the same string, so the comparison stops
// at the pointer) in that language with a Context that agrees with ctx on
// every field the reading used. A nil Reading answers nothing.
func (r *Reading) Facts(text string, lang Lang, ctx Context) (Facts, bool) {
	if r == nil || !r.read || r.ja != (lang == JA) || r.text != text || !r.used.agrees(r.ctx, ctx) {
		return Facts{}, false
	}
	return r.f, true
}

// Extract returns the facts of text: r's when it answers, else read anew
// (without keeping them). An empty text (the empty side of a one-sided
// unit) has none.
func (r *Reading) Extract(text string, lang Lang, ctx Context) Facts {
	if text == "" {
		return Facts{}
	}
	if f, ok := r.Facts(text, lang, ctx); ok {
		return f
	}
	return Extract(text, lang, ctx)
}

// Handoff is what an import read of each unit's texts, for the checker
// that reads them next: JA[i] and EN[i] are the readings of unit i's
// texts (nil when the import read none it can hand over, such as a side
// joined from several lines), with their facts and whether the line
// carries no label (Bare). The readings answer only the texts they read,
// so a release edited since simply misses: correctness never depends on
// the hand-off.
type Handoff struct {
	JA, EN []*Reading
}

// Reading returns the reading of unit i's text in lang, nil when h has
// none (h nil, i out of range, no reading).
func (h *Handoff) Reading(i int, lang Lang) *Reading {
	if h == nil || i < 0 {
		return nil
	}
	side := h.EN
	if lang == JA {
		side = h.JA
	}
	if i >= len(side) {
		return nil
	}
	return side[i]
}
