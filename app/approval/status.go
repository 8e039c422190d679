package approval

import (
	"strconv"
	"time"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// SetStatus sets the status of edition ed of the units at the indexes idx
// and returns how many changed. When more than one did, it logs one
// "status" event saying how many, which status and which edition; one
// unit's status is an ordinary edit and is not logged.
func SetStatus(r *release.Release, idx []int, ed release.Edition, status release.Status, who string, now time.Time) (int, error) {
	if err := checkEdition(ed); err != nil {
		return 0, err
	}
	if status != release.Draft && status != release.Translated && status != release.Reviewed {
		return 0, problem.New("ErrBadStatus", "Status", string(status))
	}
	for _, i := range idx {
		if i < 0 || i >= len(r.Units) {
			return 0, problem.New("ErrNoUnit", "Unit", strconv.Itoa(i+1))
		}
	}
	changed := 0
	for _, i := range idx {
		if p := statusOf(&r.Units[i], ed); *p != status {
			*p = status
			changed++
		}
	}
	if changed > 1 {
		Append(r, "status", who, detail("units", strconv.Itoa(changed), "status", string(status), "edition", string(ed)), "", now)
	}
	return changed, nil
}

// statusOf points at the unit's status field for edition ed.
func statusOf(u *release.Unit, ed release.Edition) *release.Status {
	if ed == release.JA {
		return &u.StatusJA
	}
	return &u.StatusEN
}
