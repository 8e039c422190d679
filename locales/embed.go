// Package locales embeds the message files of the user interface, one
// message id per entry: active.en.toml and active.ja.toml, and the files of
// each domain beside them (review.en.toml, …). go-i18n reads the language
// from the name's last part before .toml.
package locales

import "embed"

// FS holds every *.toml file.
//
//go:embed *.toml
var FS embed.FS
