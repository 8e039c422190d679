package ref

// ExtractUsed is Extract, also telling which fields of ctx the facts depend
// on (bit 0 Year, 1 Month, 2 Day), so that the differential test checks
// what the cache relies on too. It is the only addition to the frozen copy.
func ExtractUsed(text string, lang Lang, ctx Context) (Facts, uint8) {
	f, u := extract(text, lang, ctx)
	return f, uint8(u)
}
