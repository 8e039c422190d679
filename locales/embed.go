// Package locales embeds the message files of the user interface:
// active.en.toml and active.ja.toml, one message id per entry.
package locales

import "embed"

// FS holds every active.*.toml file.
//
//go:embed active.*.toml
var FS embed.FS
