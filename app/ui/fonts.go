package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// japaneseFontNames are parts of the file names of common Japanese fonts:
// Noto/Source Han (Linux), Yu Gothic, Meiryo and MS Gothic (Windows),
// Hiragino (macOS), IPA, Takao and VL Gothic (older Linux systems).
var japaneseFontNames = []string{"cjk", "notosansjp", "notoserifjp", "sourcehan", "yugoth", "meiryo", "msgothic", "msmincho", "hiragino", "ipag", "ipam", "ipaex", "takao", "vl-gothic", "vlgothic", "droidsansjapanese"}

// fontDirs are the folders where the operating system keeps fonts.
func fontDirs() []string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		return []string{filepath.Join(os.Getenv("WINDIR"), "Fonts"), filepath.Join(os.Getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts")}
	case "darwin":
		return []string{"/System/Library/Fonts", "/Library/Fonts", filepath.Join(home, "Library", "Fonts")}
	}
	return []string{"/usr/share/fonts", "/usr/local/share/fonts", filepath.Join(home, ".fonts"), filepath.Join(home, ".local", "share", "fonts")}
}

// hasJapaneseFont looks for a Japanese font where the system keeps fonts.
// Fyne draws Japanese through the system's fonts; without one, the text
// shows as boxes, and the app says so once.
func hasJapaneseFont(dirs []string) bool {
	found := false
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || found {
				return filepath.SkipDir
			}
			name := strings.ToLower(strings.ReplaceAll(d.Name(), " ", ""))
			for _, f := range japaneseFontNames {
				if strings.Contains(name, f) {
					found = true
					return filepath.SkipAll
				}
			}
			return nil
		})
		if found {
			return true
		}
	}
	return false
}
