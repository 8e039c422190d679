// Package problem carries errors that the user interface can translate.
//
// Domain packages never print; they return a *problem.Error naming a message
// id of locales/ and the facts the message needs (file, line, …). The command
// line and the desktop app render it in the user's language through i18n/.
package problem

import (
	"fmt"
	"sort"
	"strings"
)

// Error is a translatable error: ID is a message id of locales/, Data fills
// its template. Err, when set, is the underlying cause.
type Error struct {
	ID   string
	Data map[string]any
	Err  error
}

// New returns a problem with the given message id and template data given as
// alternating key, value pairs.
func New(id string, kv ...any) *Error {
	e := &Error{ID: id, Data: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		e.Data[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return e
}

// Wrap is New with an underlying cause.
func Wrap(err error, id string, kv ...any) *Error {
	e := New(id, kv...)
	e.Err = err
	return e
}

// Error renders an untranslated fallback: the id and its data, sorted so the
// text is stable for logs and tests.
func (e *Error) Error() string {
	keys := make([]string, 0, len(e.Data))
	for k := range e.Data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(e.ID)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%v", k, e.Data[k])
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap exposes the cause to errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }
