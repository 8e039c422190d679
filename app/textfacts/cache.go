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
type Cache struct {
	shards [cacheShards]cacheShard
}

const cacheShards = 64

type cacheShard struct {
	mu sync.Mutex
	m  map[cacheKey]Facts
}

type cacheKey struct {
	text string
	lang Lang
	ctx  Context
}

var cacheSeed = maphash.MakeSeed()

// NewCache returns an empty cache.
func NewCache() *Cache { return &Cache{} }

// Extract is Extract(text, lang, ctx), read once per cache.
func (c *Cache) Extract(text string, lang Lang, ctx Context) Facts {
	if c == nil {
		return Extract(text, lang, ctx)
	}
	k := cacheKey{text, lang, ctx}
	sh := &c.shards[maphash.String(cacheSeed, text)%cacheShards]
	sh.mu.Lock()
	f, ok := sh.m[k]
	sh.mu.Unlock()
	if ok {
		return f
	}
	f = Extract(text, lang, ctx)
	sh.mu.Lock()
	if sh.m == nil {
		sh.m = make(map[cacheKey]Facts)
	}
	sh.m[k] = f
	sh.mu.Unlock()
	return f
}
