package ref

// ExtractUse is Extract, also telling which fields of ctx the facts
// depend on (the bits of the package's ctxUse), so that the differential
// test compares what a Cache relies on too.
func ExtractUse(text string, lang Lang, ctx Context) (Facts, uint8) {
	f, u := extract(text, lang, ctx)
	return f, uint8(u)
}

// The frozen copy keeps what only the package's own tests used.
var _, _ = ctxUse.agrees, reactsAtRune
