package storage

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Txn writes a set of files all or nothing, together with a change that
// another file records (a release whose trail logs the export). Its
// journal, written atomically beside that file, names every temporary
// file before any is written, so a run that is killed at any moment leaves
// either no output at all or, once the record is saved, an export that
// the next run completes (Recover):
//
//  1. Begin writes the journal ("preparing") with the temporary names;
//  2. Add writes each file, flushed, to its temporary name;
//  3. Prepare marks the journal "prepared" with the record's mark (the
//     hash of the trail entry that will log the export);
//  4. the caller saves the record;
//  5. Commit renames the temporary files into place and drops the journal.
//
// A failure before step 4 is undone with Abort.
type Txn struct {
	journal string
	state   journalState
}

type journalState struct {
	State string        `json:"state"` // "preparing" or "prepared"
	Mark  string        `json:"mark,omitempty"`
	Files []journalFile `json:"files"`
}

type journalFile struct {
	Temp  string `json:"temp"`
	Final string `json:"final"`
}

// Begin starts a transaction for the files finals; journal is where its
// journal goes (beside the record). Nothing is written when it fails.
func Begin(journal string, finals []string) (*Txn, error) {
	t := &Txn{journal: journal, state: journalState{State: "preparing"}}
	for _, f := range finals {
		f = Target(f)
		t.state.Files = append(t.state.Files, journalFile{Temp: tempName(f), Final: f})
	}
	if err := t.writeJournal(); err != nil {
		return nil, err
	}
	return t, nil
}

// tempName is a hidden name beside final, unique to this transaction.
func tempName(final string) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return filepath.Join(filepath.Dir(final), "."+filepath.Base(final)+".txn-"+hex.EncodeToString(b[:]))
}

func (t *Txn) writeJournal() error {
	data, err := json.Marshal(t.state)
	if err != nil {
		return err
	}
	return writeExact(t.journal, data, 0o600)
}

// Add writes the data of the i-th file to its temporary name, flushed.
func (t *Txn) Add(i int, data []byte, perm os.FileMode) error {
	f := t.state.Files[i]
	if err := inject("write", f.Final); err != nil {
		return err
	}
	out, err := os.OpenFile(f.Temp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, keptMode(f.Final, perm))
	if err != nil {
		return err
	}
	_, err = out.Write(data)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// Prepare records that every file is written and that the change with
// mark is about to be saved.
func (t *Txn) Prepare(mark string) error {
	t.state.State, t.state.Mark = "prepared", mark
	return t.writeJournal()
}

// Commit renames every file into place and drops the journal.
func (t *Txn) Commit() error {
	if err := rollForward(t.state); err != nil {
		return err
	}
	return removeJournal(t.journal)
}

// Abort removes the temporary files and the journal: nothing was exported.
func (t *Txn) Abort() {
	rollBack(t.state)
	_ = removeJournal(t.journal)
}

// Recover finishes or undoes a transaction that a killed run left behind
// journal: when the record holds its mark (saved reports whether the saved
// record holds it), the files are renamed into place; otherwise the
// temporary files are removed. No journal, nothing to do.
func Recover(journal string, saved func(mark string) bool) error {
	data, err := os.ReadFile(journal)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var st journalState
	if json.Unmarshal(data, &st) != nil {
		return removeJournal(journal) // torn: atomic writes make it impossible
	}
	if st.State == "prepared" && saved(st.Mark) {
		if err := rollForward(st); err != nil {
			return err
		}
	} else {
		rollBack(st)
	}
	return removeJournal(journal)
}

// rollForward renames each temporary file over its final name; a file
// already renamed by an earlier attempt is skipped.
func rollForward(st journalState) error {
	for _, f := range st.Files {
		if err := inject("rename", f.Final); err != nil {
			return err
		}
		if err := os.Rename(f.Temp, f.Final); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		syncDir(filepath.Dir(f.Final))
	}
	return nil
}

func rollBack(st journalState) {
	for _, f := range st.Files {
		_ = os.Remove(f.Temp)
	}
}

func removeJournal(journal string) error {
	err := os.Remove(journal)
	if err == nil || errors.Is(err, fs.ErrNotExist) {
		syncDir(filepath.Dir(journal))
		return nil
	}
	return err
}
