// Package assets embeds the files Taiyaku ships with: the starter glossary,
// the sample release and the icon.
package assets

import (
	_ "embed"
)

// Glossary is the starter glossary of ministries and agencies (TOML).
//
//go:embed glossary.toml
var Glossary []byte

// SampleJA and SampleEN are the Japan-UK digital partnership release of
// 22 January 2025, as published, for a first run and for trying the checker.
var (
	//go:embed sample/ja.txt
	SampleJA string
	//go:embed sample/en.txt
	SampleEN string
)

// IconPNG is the application icon. The toolkit's resource for it is made
// in app/ui, so that the command line and the domain do not link Fyne.
//
//go:embed icon.png
var IconPNG []byte

// FontJP is BIZ UDPGothic (SIL OFL 1.1, see fonts/README.md): a TrueType
// font with Japanese and Latin, embedded in PDF exports.
//
//go:embed fonts/BIZUDPGothic-Regular.ttf
var FontJP []byte
