package ui

import (
	"fyne.io/fyne/v2"

	"taiyaku/assets"
)

// Icon is the application icon as a Fyne resource. It lives here, not in
// assets, so that only the window links the toolkit.
var Icon = fyne.NewStaticResource("icon.png", assets.IconPNG)
