package textfacts

import (
	"hash/maphash"
	"sync"
)

// Cache remembers the facts of texts already read, so that the importer
// (which reads every line to align the editions) and the checker (which
// reads every unit) read each text once. It is safe for concurrent use;
// a nil *Cache extracts every time. The Facts it returns are shared:
// callers must not change their slices.
//
// The importer knows only the release's year, the checker the whole
// release date, yet most texts never look at the date: the cache keeps,
// for each text and language, the facts with the fields of the Context
// their extraction read (the year for 1月22日 or "January 22", month and
// day for 本日, 本7日 or "today"), and answers any later look-up whose
// Context agrees on those fields. A look-up that disagrees reads the text
// again and replaces the entry.
//
// A Cache never forgets: it holds one entry per distinct text, with the
// texts themselves (which the caller's release holds anyway) and their
// facts, so it is meant to live for one command or one import and check
// of a release, then be dropped. It stops taking new texts at cacheTexts
// entries: the facts of a text take about twice the text's own memory, so
// a release of a million pairs would hold well over a gigabyte of them;
// beyond the first 125,000 pairs or so each text is read twice instead.
type Cache struct {
	shards [cacheShards]cacheShard
}

const cacheShards = 64

// cacheTexts bounds the entries of a cache (about 175 MB of facts).
const cacheTexts = 250_000

// A shard maps a text's hash to its entry's place in a slab: the map
// holds only integers (cheap to grow, nothing for the collector to scan),
// and each look-up hashes the text once. Two texts with the same 64-bit
// hash are told apart by the entry's text; the later one replaces the
// earlier.
type cacheShard struct {
	mu           sync.Mutex
	at           map[uint64]int32
	entries      []cacheEntry
	hits, misses int
}

type cacheEntry struct {
	text string
	lang Lang
	f    Facts
	ctx  Context // the context the facts were read with
	used ctxUse  // the fields of ctx they depend on
}

var cacheSeed = maphash.MakeSeed()

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{} }

// Extract is Extract(text, lang, ctx), read once per cache and context
// that matters to the text.
func (c *Cache) Extract(text string, lang Lang, ctx Context) Facts {
	if c == nil {
		return Extract(text, lang, ctx)
	}
	if text == "" {
		return Facts{} // the empty side of a one-sided unit: not worth an entry
	}
	h := maphash.String(cacheSeed, text)
	if lang == JA {
		h++ // the two editions' readings of one text are two entries
	}
	sh := &c.shards[h%cacheShards]
	if f, ok := sh.lookup(h, text, lang, ctx); ok {
		return f
	}
	f, used := extract(text, lang, ctx)
	sh.store(h, cacheEntry{text: text, lang: lang, f: f, ctx: ctx, used: used})
	return f
}

// lookup returns the facts of text if the shard holds them for a context
// that agrees with ctx, counting the hit or miss.
func (sh *cacheShard) lookup(h uint64, text string, lang Lang, ctx Context) (Facts, bool) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if i, ok := sh.at[h]; ok {
		e := &sh.entries[i]
		if e.lang == lang && e.text == text && e.used.agrees(e.ctx, ctx) {
			sh.hits++
			return e.f, true
		}
	}
	sh.misses++
	return Facts{}, false
}

// store keeps e under h, replacing what h held; a full shard takes no new
// texts.
func (sh *cacheShard) store(h uint64, e cacheEntry) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if i, ok := sh.at[h]; ok {
		sh.entries[i] = e
		return
	}
	if len(sh.entries) >= cacheTexts/cacheShards {
		return
	}
	if sh.at == nil {
		sh.at = make(map[uint64]int32)
	}
	sh.at[h] = int32(len(sh.entries))
	sh.entries = append(sh.entries, e)
}

// Stats returns how many look-ups were answered from the cache and how
// many read the text, for measuring. Empty texts are not counted.
func (c *Cache) Stats() (hits, misses int) {
	if c == nil {
		return 0, 0
	}
	for i := range c.shards {
		sh := &c.shards[i]
		sh.mu.Lock()
		hits, misses = hits+sh.hits, misses+sh.misses
		sh.mu.Unlock()
	}
	return hits, misses
}
