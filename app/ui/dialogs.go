package ui

import (
	"errors"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/editor"
	"taiyaku/app/export"
	"taiyaku/app/importtext"
	"taiyaku/app/release"
	"taiyaku/app/renumber"
	"taiyaku/app/workspace"
)

// askIgnore asks why a finding may stay, and records it in the release.
func (w *Window) askIgnore(f check.Finding) {
	info := widget.NewFormItem(w.tr.T("LabelFinding"), widget.NewLabel(checkName(w.tr, f.Check)))
	w.askReason(w.tr.T("DialogIgnoreTitle"), w.tr.T("ActionIgnoreConfirm"), w.tr.T("DialogIgnoreNeedReason"), info, func(reason string) { w.ignore(f, reason) })
}

// showForm shows a form dialog wide enough for its entries (Fyne's own
// size leaves them a few characters wide) and calls onOK on confirm.
func (w *Window) showForm(title, confirm string, items []*widget.FormItem, onOK func()) {
	d := dialog.NewForm(title, confirm, w.tr.T("ActionCancel"), items, func(ok bool) {
		if ok {
			onOK()
		}
	}, w.win)
	w.pushModal(d, d.Submit, d.Dismiss)
	d.Resize(fyne.NewSize(520, d.MinSize().Height+40))
	d.Show()
	w.focusFirst(items)
}

// askReason asks for a required reason (to ignore a finding, to withdraw
// an approval), under an optional line of information.
func (w *Window) askReason(title, confirm, help string, info *widget.FormItem, then func(reason string)) {
	reason := w.newField(true)
	reason.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(help)
		}
		return nil
	}
	var items []*widget.FormItem
	if info != nil {
		items = append(items, info)
	}
	items = append(items, widget.NewFormItem(w.tr.T("LabelReason"), reason))
	w.showForm(title, confirm, items, func() { then(strings.TrimSpace(reason.Text)) })
}

// ignore records an ignored finding in the release and logs it in the
// trail (undo takes the ignore back; the trail keeps that it happened).
func (w *Window) ignore(f check.Finding, reason string) {
	w.doc.Ignore(f, reason, w.user())
	_ = w.doc.ChangeReview(func(r *release.Release) error {
		if f.Unit < len(r.Units) {
			approval.RecordIgnore(r, f.Check, r.Units[f.Unit].ID, reason, w.user(), w.cfg.Clock())
		}
		return nil
	})
	w.recheckNow()
}

// fileButton is a button that picks a file and shows its path.
func (w *Window) fileButton(exts []string, picked func(string)) (*widget.Button, *widget.Label) {
	label := widget.NewLabel(w.tr.T("LabelNoFile"))
	label.Truncation = fyne.TextTruncateEllipsis
	b := widget.NewButton(w.tr.T("ActionChoose"), func() {
		d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if err != nil || rc == nil {
				return
			}
			p := rc.URI().Path()
			_ = rc.Close()
			label.SetText(p)
			picked(p)
		}, w.win)
		d.SetFilter(storage.NewExtensionFileFilter(exts))
		d.Show()
	})
	return b, label
}

// editionFiles are the kinds of file an edition is read from: plain text,
// Word, a saved web page (importtext.ReadFile tells them by content).
var editionFiles = []string{".txt", ".docx", ".html", ".htm"}

// importDialog picks the two editions and shows how they pair up before
// the user accepts the new release.
func (w *Window) importDialog() {
	w.confirmDiscard(func() { w.importFiles("", "") })
}

// importFiles shows the import dialog with the given paths filled in.
func (w *Window) importFiles(jaPath, enPath string) {
	summary := widget.NewLabel("")
	var d *dialog.ConfirmDialog
	var pending *release.Release
	var pendingSum importtext.Summary
	update := func() {
		pending = nil
		d.SetConfirmText(w.tr.T("ActionAccept"))
		if jaPath == "" || enPath == "" {
			summary.SetText(w.tr.T("DialogImportPick"))
			return
		}
		r, sum, err := workspace.Import(jaPath, enPath)
		if err != nil {
			summary.SetText(w.tr.Err(err))
			return
		}
		pending, pendingSum = r, sum
		summary.SetText(w.tr.T("DialogImportSummary", "Units", sum.Units, "Paired", sum.Paired, "OnlyJA", sum.OnlyJA, "OnlyEN", sum.OnlyEN))
	}
	jaBtn, jaLabel := w.fileButton(editionFiles, func(p string) { jaPath = p; update() })
	enBtn, enLabel := w.fileButton(editionFiles, func(p string) { enPath = p; update() })
	if jaPath != "" {
		jaLabel.SetText(jaPath)
		enLabel.SetText(enPath)
	}
	form := container.New(layout.NewFormLayout(), widget.NewLabel(w.tr.T("LabelJapanese")), container.NewBorder(nil, nil, nil, jaBtn, jaLabel),
		widget.NewLabel(w.tr.T("LabelEnglish")), container.NewBorder(nil, nil, nil, enBtn, enLabel))
	d = dialog.NewCustomConfirm(w.tr.T("DialogImportTitle"), w.tr.T("ActionAccept"), w.tr.T("ActionCancel"),
		container.NewVBox(form, summary), func(ok bool) {
			if ok && pending != nil {
				workspace.RecordImport(pending, jaPath, enPath, pendingSum, w.who(), w.cfg.Clock())
				w.sample = false
				doc := w.docFor(pending, "")
				doc.MarkUnsaved()
				w.setDoc(doc, false)
			}
		}, w.win)
	w.pushModal(d, d.Confirm, d.Dismiss)
	update()
	d.Resize(fyne.NewSize(640, 260))
	d.Show()
}

// dropped opens a dropped .taiyaku file, or imports two dropped .txt files
// (the one with more Japanese script as the Japanese edition).
func (w *Window) dropped(uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		paths = append(paths, u.Path())
	}
	switch {
	case len(paths) == 1 && strings.EqualFold(filepath.Ext(paths[0]), release.Extension):
		w.confirmDiscard(func() { w.openPath(paths[0]) })
	case len(paths) == 2:
		ja, en := orderEditions(paths[0], paths[1])
		w.confirmDiscard(func() { w.importFiles(ja, en) })
	default:
		w.showInfo(w.tr.T("DialogDropTitle"), w.tr.T("DialogDropHelp"))
	}
}

// orderEditions returns the two text files as (Japanese, English).
func orderEditions(a, b string) (string, string) {
	if japaneseShare(b) > japaneseShare(a) {
		return b, a
	}
	return a, b
}

func japaneseShare(path string) float64 {
	text, err := importtext.ReadFile(path)
	if err != nil || text == "" {
		return 0
	}
	n, jp := 0, 0
	for _, r := range text {
		n++
		if r >= 0x3040 && r <= 0x9FFF {
			jp++
		}
	}
	return float64(jp) / float64(n)
}

// exportDialog asks for editions, format and folder, then writes the files
// off the UI goroutine with a progress bar.
func (w *Window) exportDialog() {
	eds := widget.NewSelect([]string{w.tr.T("Side_ja"), w.tr.T("Side_en"), w.tr.T("Side_both")}, nil)
	eds.SetSelectedIndex(2)
	var names []string
	for _, f := range export.Formats {
		names = append(names, string(f))
	}
	formats := widget.NewSelect(append(names, bilingualFormats...), nil)
	formats.SetSelected("html")
	dir := filepath.Dir(w.doc.Path())
	if w.doc.Path() == "" {
		dir = ""
	}
	dirLabel := widget.NewLabel(dir)
	dirBtn := widget.NewButton(w.tr.T("ActionChoose"), func() {
		dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				dir = u.Path()
				dirLabel.SetText(dir)
			}
		}, w.win)
	})
	final, blockers, override := w.finalControls()
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(w.tr.T("LabelEditions")), eds,
		widget.NewLabel(w.tr.T("LabelFormat")), formats,
		widget.NewLabel(w.tr.T("LabelFolder")), container.NewBorder(nil, nil, nil, dirBtn, dirLabel))
	d := dialog.NewCustomConfirm(w.tr.T("DialogExportTitle"), w.tr.T("ActionExport"), w.tr.T("ActionCancel"), container.NewVBox(form, final, blockers, override), func(ok bool) {
		if !ok {
			return
		}
		if dir == "" {
			w.showError(errors.New(w.tr.T("DialogExportNeedFolder")))
			return
		}
		if slices.Contains(bilingualFormats, formats.Selected) {
			w.runBilingual(dir, formats.Selected)
			return
		}
		w.runExport(workspace.Export{Dir: dir, Base: workspace.BaseName(w.doc.Path()), Editions: exportEditions(eds.SelectedIndex()),
			Format: export.Format(formats.Selected), Final: final.Checked, Override: strings.TrimSpace(override.Text)})
	}, w.win)
	w.pushModal(d, d.Confirm, d.Dismiss)
	d.Resize(fyne.NewSize(560, 280))
	d.Show()
}

func exportEditions(i int) []release.Edition {
	switch i {
	case 0:
		return []release.Edition{release.JA}
	case 1:
		return []release.Edition{release.EN}
	}
	return []release.Edition{release.JA, release.EN}
}

// finalControls are the export dialog's "final editions" check, the list
// of what blocks a final export, and the override reason a press officer
// may give instead.
func (w *Window) finalControls() (*widget.Check, *widget.Label, *widget.Entry) {
	blockers := widget.NewLabel("")
	blockers.Wrapping = fyne.TextWrapWord
	override := widget.NewEntry()
	override.SetPlaceHolder(w.tr.T("LabelOverrideReason"))
	blockers.Hide()
	override.Hide()
	final := widget.NewCheck(w.tr.T("LabelFinal"), func(on bool) {
		lines := w.finalGate()
		if !on || lines == nil {
			blockers.Hide()
			override.Hide()
			return
		}
		blockers.SetText(w.tr.T("DialogGateBlocked") + "\n" + strings.Join(lines, "\n"))
		blockers.Show()
		override.Show()
	})
	return final, blockers, override
}

// runExport is the export use case of the workspace, as on the command
// line: the files are written from a snapshot off the UI goroutine, with a
// progress bar, checked with the release's glossary. A final export is all
// or nothing (workspace.FinalExport): the document takes the trail entry
// and is saved before the files are renamed into place.
func (w *Window) runExport(x workspace.Export) {
	bar := widget.NewProgressBar()
	prog := dialog.NewCustomWithoutButtons(w.tr.T("DialogExportTitle"), container.NewVBox(widget.NewLabel(w.tr.T("DialogExportRunning")), bar), w.win)
	prog.Show()
	x.User, x.Now, x.T, x.Trusted = w.who(), w.cfg.Clock(), w.tr.T, w.trustedKeys()
	x.Progress = func(v float64) { fyne.Do(func() { bar.SetValue(v) }) }
	doc := w.doc
	snap, gen := doc.SnapshotGen()
	w.cfg.Runner.Go(func() {
		var written []string
		var err error
		if x.Final {
			// The gate reads the findings of exactly what is written.
			open, _ := workspace.Findings(snap, doc.Glossary())
			written, err = workspace.FinalExport(doc.Path(), snap, open, x, func(rec *release.Release) error {
				if err := doc.ChangeReviewSince(gen, func(r *release.Release) error { r.Review = rec.Review; return nil }); err != nil {
					return err
				}
				return doc.Save(doc.Path())
			})
		} else {
			written, err = workspace.WriteExport(snap, nil, x)
		}
		fyne.Do(func() {
			prog.Hide()
			if x.Final {
				w.reviewChanged()
				w.updateTitle()
			}
			w.exported(written, err)
		})
	})
}

// exported tells the user which files were written, or what failed.
func (w *Window) exported(written []string, err error) {
	if err != nil {
		w.showError(err)
		return
	}
	w.showInfo(w.tr.T("DialogExportTitle"), w.tr.T("DialogExportDone", "Files", strings.Join(written, "\n")))
}

// findDialog searches and replaces across both editions.
func (w *Window) findDialog() {
	find, repl := w.newField(false), w.newField(false)
	matchCase := widget.NewCheck(w.tr.T("LabelMatchCase"), nil)
	where := widget.NewSelect([]string{w.tr.T("Side_both"), w.tr.T("Side_ja"), w.tr.T("Side_en")}, nil)
	where.SetSelectedIndex(0)
	result := widget.NewLabel("")
	last := editor.Match{Unit: w.current}
	query := func() editor.Query {
		q := editor.Query{Text: find.Text, MatchCase: matchCase.Checked}
		switch where.SelectedIndex() {
		case 1:
			q.Editions = []release.Edition{release.JA}
		case 2:
			q.Editions = []release.Edition{release.EN}
		}
		return q
	}
	next := widget.NewButton(w.tr.T("ActionFindNext"), func() {
		m, ok := w.doc.FindNext(query(), last)
		if !ok {
			result.SetText(w.tr.T("DialogFindNone"))
			return
		}
		last = m
		result.SetText(w.tr.T("UnitSide", "Unit", m.Unit+1, "Side", w.tr.T("Side_"+string(m.Edition))))
		w.focusMatch(m)
	})
	all := widget.NewButton(w.tr.T("ActionReplaceAll"), func() {
		n := w.doc.ReplaceAll(query(), repl.Text)
		result.SetText(w.tr.N("DialogReplaced", n))
		if n > 0 {
			w.afterEdit()
		}
	})
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(w.tr.T("LabelFind")), find,
		widget.NewLabel(w.tr.T("LabelReplace")), repl,
		widget.NewLabel(w.tr.T("LabelWhere")), where)
	content := container.NewVBox(form, matchCase, container.NewHBox(next, all), result)
	// Enter finds the next match; Escape closes.
	d := w.showCustom(w.tr.T("DialogFindTitle"), w.tr.T("ActionClose"), content)
	w.modals[len(w.modals)-1].ok = next.OnTapped
	d.Resize(fyne.NewSize(520, 300))
	w.win.Canvas().Focus(find)
}

// focusMatch selects a match, its unit in the middle of the view.
func (w *Window) focusMatch(m editor.Match) {
	w.focusUnit(m.Unit, m.Edition)
	if r := w.editor.rowFor(m.Unit); r != nil {
		selectRange(r.entry(m.Edition), m.Start, m.End)
	}
}

// renumberDialog makes one edition's labels at a level run 1, 2, 3, or
// the English labels follow the Japanese ordinals: one undoable step.
func (w *Window) renumberDialog() {
	modes := []string{w.tr.T("RenumberSequentialJA"), w.tr.T("RenumberSequentialEN"), w.tr.T("RenumberFollow")}
	mode := widget.NewRadioGroup(modes, nil)
	startEd, startLevel := w.renumberStart()
	level := widget.NewSelect(nil, nil)
	preview := newPreviewLabel()
	var levels []renumber.LevelInfo
	showPreview := func() {
		lv := 1
		if k := level.SelectedIndex(); k >= 0 && k < len(levels) {
			lv = levels[k].Level
		}
		preview.SetText(w.renumberPreview(w.renumberChanges(mode.Selected == modes[2], mode.Selected == modes[0], lv)))
	}
	fillLevels := func() {
		ed := release.EN
		if mode.Selected == modes[0] {
			ed = release.JA
		}
		levels = renumber.Levels(w.doc.Snapshot(), ed)
		var opts []string
		pick := 0
		for k, l := range levels {
			opts = append(opts, w.tr.T("RenumberLevel", "Level", l.Level, "Example", l.Example))
			if ed == startEd && l.Level == startLevel {
				pick = k
			}
		}
		level.SetOptions(opts)
		if len(opts) > 0 {
			level.SetSelectedIndex(pick)
		}
		showPreview()
	}
	level.OnChanged = func(string) { showPreview() }
	mode.OnChanged = func(string) { fillLevels() }
	if startEd == release.JA {
		mode.SetSelected(modes[0])
	} else {
		mode.SetSelected(modes[1])
	}
	content := container.NewVBox(mode, level, widget.NewLabelWithStyle(w.tr.T("RenumberPreviewTitle"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), preview)
	w.showCustomConfirm(w.tr.T("DialogRenumberTitle"), w.tr.T("ActionApply"), w.tr.T("ActionCancel"), content, func(ok bool) {
		if !ok {
			return
		}
		lv := 1
		if k := level.SelectedIndex(); k >= 0 && k < len(levels) {
			lv = levels[k].Level
		}
		n := w.renumber(mode.Selected == modes[2], mode.Selected == modes[0], lv)
		w.showInfo(w.tr.T("DialogRenumberTitle"), w.tr.N("DialogRenumbered", n))
	}).Show()
}

// renumber applies one renumbering and returns how many labels changed.
func (w *Window) renumber(follow, japanese bool, level int) int {
	changes := w.renumberChanges(follow, japanese, level)
	if len(changes) > 0 {
		w.doc.ApplyChanges(changes)
		w.afterEdit()
	}
	return len(changes)
}

// prefsDialog edits the user's name and role (for approvals) and the
// autosave interval.
func (w *Window) prefsDialog() {
	p := w.app.Preferences()
	name, role, secs, keys := w.newField(false), w.newField(false), w.newField(false), w.newField(false)
	name.SetText(p.String(PrefUserName))
	role.SetText(p.String(PrefUserRole))
	keys.SetText(p.String(PrefKeysFile))
	keys.SetPlaceHolder(w.tr.T("PlaceholderKeysFile"))
	secs.SetText(strconv.Itoa(p.IntWithFallback(PrefAutosave, defaultAutosave)))
	secs.Validator = func(s string) error {
		if n, err := strconv.Atoi(s); err != nil || n < 5 {
			return errors.New(w.tr.T("DialogPrefsAutosaveHelp"))
		}
		return nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem(w.tr.T("LabelName"), name),
		widget.NewFormItem(w.tr.T("LabelRole"), role),
		widget.NewFormItem(w.tr.T("LabelAutosave"), secs),
		widget.NewFormItem(w.tr.T("LabelKeysFile"), keys),
	}
	w.showForm(w.tr.T("DialogPrefsTitle"), w.tr.T("ActionSave"), items, func() {
		p.SetString(PrefUserName, strings.TrimSpace(name.Text))
		p.SetString(PrefUserRole, strings.TrimSpace(role.Text))
		p.SetString(PrefKeysFile, strings.TrimSpace(keys.Text))
		n, _ := strconv.Atoi(secs.Text)
		p.SetInt(PrefAutosave, n)
		w.startAutosave()
	})
}

func (w *Window) shortcutsDialog() {
	w.showInfo(w.tr.T("MenuShortcuts"), w.tr.T("ShortcutsText"))
}

func (w *Window) aboutDialog() {
	v := w.app.Metadata().Version
	if v == "" || v == "0.0.1" {
		v = Version
	}
	w.showInfo(w.tr.T("MenuAbout"), w.tr.T("AboutText", "Version", v))
}

// unignore takes back the ignore of a finding (one undoable step) and
// logs it in the trail, as ignoring it was.
func (w *Window) unignore(f check.Finding) {
	if !w.doc.Unignore(f) {
		return
	}
	_ = w.doc.ChangeReview(func(r *release.Release) error {
		d := "check=" + f.Check + " unit=" + r.Units[f.Unit].ID
		approval.Append(r, "unignore", w.user(), d, "", w.cfg.Clock())
		return nil
	})
	w.recheckNow()
}
