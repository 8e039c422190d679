package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// variantTheme is the default theme held to one variant, for the light and
// dark choices of the View menu; "system" uses the default theme as is.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeFor returns the theme for a preference value.
func themeFor(name string) fyne.Theme {
	switch name {
	case "light":
		return variantTheme{theme.DefaultTheme(), theme.VariantLight}
	case "dark":
		return variantTheme{theme.DefaultTheme(), theme.VariantDark}
	}
	return theme.DefaultTheme()
}
