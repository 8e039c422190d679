package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"golang.org/x/text/language"

	"taiyaku/app/release"
	"taiyaku/i18n"
)

// shortcut is Ctrl (Cmd on macOS) with key k, plus extra modifiers.
func shortcut(k fyne.KeyName, extra fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// item is a menu item with a translated label, an action and a shortcut.
func (w *Window) item(id string, action func(), sc fyne.Shortcut) *fyne.MenuItem {
	it := fyne.NewMenuItem(w.tr.T(id), func() {
		if !w.modalOpen() { // a shortcut typed in a dialog
			action()
		}
	})
	it.Shortcut = sc
	return it
}

// mainMenu builds the menus in the current language. The window's menu
// shortcuts fire before the focused entry sees the keys.
func (w *Window) mainMenu() *fyne.MainMenu {
	quit := w.item("MenuQuit", func() { w.confirmDiscard(w.closeNow) }, shortcut(fyne.KeyQ, 0))
	quit.IsQuit = true
	file := fyne.NewMenu(w.tr.T("MenuFile"),
		w.item("MenuNew", w.newRelease, shortcut(fyne.KeyN, 0)),
		w.item("MenuOpen", w.openDialog, shortcut(fyne.KeyO, 0)),
		w.recentMenu(),
		w.item("MenuImport", w.importDialog, shortcut(fyne.KeyI, 0)),
		fyne.NewMenuItemSeparator(),
		w.item("MenuSave", w.save, shortcut(fyne.KeyS, 0)),
		w.item("MenuSaveAs", w.saveAs, shortcut(fyne.KeyS, fyne.KeyModifierShift)),
		w.item("MenuExport", w.exportDialog, shortcut(fyne.KeyE, 0)),
		w.item("MenuReviewSheet", w.reviewSheet, nil),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	edit := fyne.NewMenu(w.tr.T("MenuEdit"),
		w.item("MenuUndo", w.undo, &fyne.ShortcutUndo{}),
		w.item("MenuRedo", w.redo, shortcut(fyne.KeyZ, fyne.KeyModifierShift)),
		fyne.NewMenuItemSeparator(),
		w.item("MenuFind", w.findDialog, shortcut(fyne.KeyF, 0)),
		fyne.NewMenuItemSeparator(),
		w.item("MenuInsert", w.insertUnit, shortcut(fyne.KeyReturn, fyne.KeyModifierShift)),
		w.item("MenuSplit", w.splitUnit, shortcut(fyne.KeyReturn, 0)),
		w.item("MenuMerge", w.mergeUnit, shortcut(fyne.KeyM, 0)),
		w.item("MenuDelete", w.deleteUnit, shortcut(fyne.KeyDelete, fyne.KeyModifierShift)),
		w.item("MenuMoveUp", func() { w.moveUnit(-1) }, shortcut(fyne.KeyUp, fyne.KeyModifierShift)),
		w.item("MenuMoveDown", func() { w.moveUnit(1) }, shortcut(fyne.KeyDown, fyne.KeyModifierShift)),
		fyne.NewMenuItemSeparator(),
		w.item("MenuPreferences", w.prefsDialog, shortcut(fyne.KeyComma, 0)),
	)
	view := fyne.NewMenu(w.tr.T("MenuView"),
		w.languageMenu(),
		w.themeMenu(),
		w.toggleItem("MenuSwap", w.swapped, w.toggleSwap),
		w.toggleItem("MenuFindingsPanel", w.showPanel, w.togglePanel),
	)
	checkMenu := fyne.NewMenu(w.tr.T("MenuCheck"),
		w.item("MenuNextFinding", func() { w.stepFinding(1) }, nil),
		w.item("MenuPrevFinding", func() { w.stepFinding(-1) }, nil),
		w.item("MenuPrevUnit", func() { w.focusUnit(w.current-1, w.currentEd) }, &desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}),
		w.item("MenuNextUnit", func() { w.focusUnit(w.current+1, w.currentEd) }, &desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}),
		fyne.NewMenuItemSeparator(),
		w.item("MenuRenumber", w.renumberDialog, shortcut(fyne.KeyR, 0)),
	)
	review := fyne.NewMenu(w.tr.T("MenuReview"),
		w.item("MenuSetStatus", w.statusDialog, shortcut(fyne.KeyT, 0)),
		w.item("MenuAddComment", w.commentDialog, shortcut(fyne.KeyK, 0)),
		fyne.NewMenuItemSeparator(),
		w.item("MenuApproveJA", func() { w.approveDialog(release.JA) }, nil),
		w.item("MenuApproveEN", func() { w.approveDialog(release.EN) }, nil),
		w.item("MenuWithdrawJA", func() { w.withdrawDialog(release.JA) }, nil),
		w.item("MenuWithdrawEN", func() { w.withdrawDialog(release.EN) }, nil),
		fyne.NewMenuItemSeparator(),
		w.item("MenuChangesJA", func() { w.changesDialog(release.JA) }, nil),
		w.item("MenuChangesEN", func() { w.changesDialog(release.EN) }, nil),
	)
	help := fyne.NewMenu(w.tr.T("MenuHelp"),
		w.item("MenuShortcuts", w.shortcutsDialog, nil),
		w.item("MenuAbout", w.aboutDialog, nil),
	)
	return fyne.NewMainMenu(file, edit, view, checkMenu, review, help)
}

func (w *Window) toggleItem(id string, on bool, f func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(w.tr.T(id), f)
	it.Checked = on
	return it
}

func (w *Window) recentMenu() *fyne.MenuItem {
	it := fyne.NewMenuItem(w.tr.T("MenuRecent"), nil)
	var items []*fyne.MenuItem
	for _, p := range recentFiles(w.app.Preferences()) {
		p := p
		items = append(items, fyne.NewMenuItem(p, func() { w.confirmDiscard(func() { w.openPath(p) }) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(w.tr.T("MenuRecentNone"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

// languageMenu offers the two UI languages, each named in itself.
func (w *Window) languageMenu() *fyne.MenuItem {
	it := fyne.NewMenuItem(w.tr.T("MenuLanguage"), nil)
	ja := fyne.NewMenuItem(w.tr.T("LanguageJapanese"), func() { w.SetLanguage(language.Japanese) })
	en := fyne.NewMenuItem(w.tr.T("LanguageEnglish"), func() { w.SetLanguage(language.English) })
	ja.Checked, en.Checked = w.tr.IsJapanese(), !w.tr.IsJapanese()
	it.ChildMenu = fyne.NewMenu("", ja, en)
	return it
}

func (w *Window) themeMenu() *fyne.MenuItem {
	it := fyne.NewMenuItem(w.tr.T("MenuTheme"), nil)
	current := w.app.Preferences().StringWithFallback(PrefTheme, "system")
	var items []*fyne.MenuItem
	for _, name := range []string{"system", "light", "dark"} {
		name := name
		sub := fyne.NewMenuItem(w.tr.T("Theme_"+name), func() { w.setTheme(name) })
		sub.Checked = name == current
		items = append(items, sub)
	}
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}

// SetLanguage switches the UI language at once and remembers it.
func (w *Window) SetLanguage(tag language.Tag) {
	w.app.Preferences().SetString(PrefLanguage, tag.String())
	w.tr = i18n.New(tag)
	w.rebuild()
	w.refreshAll()
}

func (w *Window) setTheme(name string) {
	w.app.Preferences().SetString(PrefTheme, name)
	w.app.Settings().SetTheme(themeFor(name))
	w.win.SetMainMenu(w.mainMenu())
}

func (w *Window) toggleSwap() {
	w.swapped = !w.swapped
	w.app.Preferences().SetBool(PrefSwapped, w.swapped)
	w.rebuild()
	w.refreshAll()
}

func (w *Window) togglePanel() {
	w.showPanel = !w.showPanel
	w.app.Preferences().SetBool(PrefFindings, w.showPanel)
	w.rebuild()
	w.refreshAll()
}

// handleKey takes the keys without Ctrl that must work while an entry has
// the focus: F8 and Shift+F8 go through the findings. (Keys with Ctrl or
// Alt reach the menus as shortcuts before the entry sees them.)
func (w *Window) handleKey(k *fyne.KeyEvent) bool {
	if k.Name != fyne.KeyF8 {
		return false
	}
	if currentModifiers()&fyne.KeyModifierShift != 0 {
		w.stepFinding(-1)
	} else {
		w.stepFinding(1)
	}
	return true
}

// currentModifiers reads the modifier keys held down, where the driver
// can tell.
func currentModifiers() fyne.KeyModifier {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()
	}
	return 0
}
