package approval

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// AddComment attaches a comment by author to edition ed of the unit with
// id unitID and returns the new comment's id ("c1", "c2", …).
func AddComment(r *release.Release, unitID string, ed release.Edition, author, text string, now time.Time) (string, error) {
	if err := checkEdition(ed); err != nil {
		return "", err
	}
	if r.Index(unitID) < 0 {
		return "", problem.New("ErrNoUnit", "Unit", unitID)
	}
	author, err := required(author, "ErrNeedName")
	if err != nil {
		return "", err
	}
	if text, err = requiredText(text, "ErrNeedText"); err != nil {
		return "", err
	}
	id := nextCommentID(r)
	r.Review.Comments = append(r.Review.Comments, release.Comment{
		ID: id, UnitID: unitID, Edition: ed, Author: author, At: stamp(now), Text: text,
	})
	return id, nil
}

// nextCommentID is "c" and one more than the largest numeric comment id,
// so ids never repeat within a file.
func nextCommentID(r *release.Release) string {
	last := 0
	for _, c := range r.Review.Comments {
		if n, err := strconv.Atoi(strings.TrimPrefix(c.ID, "c")); err == nil && n > last {
			last = n
		}
	}
	return "c" + strconv.Itoa(last+1)
}

// Reply adds author's reply to comment id. A resolved comment may still
// be answered; it stays resolved.
func Reply(r *release.Release, id, author, text string, now time.Time) error {
	c, err := findComment(r, id)
	if err != nil {
		return err
	}
	if author, err = required(author, "ErrNeedName"); err != nil {
		return err
	}
	if text, err = requiredText(text, "ErrNeedText"); err != nil {
		return err
	}
	c.Replies = append(c.Replies, release.Reply{Author: author, At: stamp(now), Text: text})
	return nil
}

// Resolve closes comment id in who's name and logs a "resolve" event.
func Resolve(r *release.Release, id, who string, now time.Time) error {
	c, err := findComment(r, id)
	if err != nil {
		return err
	}
	if who, err = required(who, "ErrNeedName"); err != nil {
		return err
	}
	if c.Resolved {
		return problem.New("ErrCommentResolved", "Comment", id)
	}
	c.Resolved, c.ResolvedBy, c.ResolvedAt = true, who, stamp(now)
	Append(r, "resolve", who, detail("comment", id, "unit", c.UnitID, "edition", string(c.Edition)), "", now)
	return nil
}

// findComment returns a pointer to comment id in r.
func findComment(r *release.Release, id string) (*release.Comment, error) {
	for i := range r.Review.Comments {
		if r.Review.Comments[i].ID == id {
			return &r.Review.Comments[i], nil
		}
	}
	return nil, problem.New("ErrNoComment", "Comment", id)
}

// Open returns the unresolved comments on units that still exist, in the
// units' document order (comments on one unit in the order made). These
// are the comments that block a final export.
func Open(r *release.Release) []release.Comment {
	pos := make(map[string]int, len(r.Units))
	for i := range r.Units {
		pos[r.Units[i].ID] = i
	}
	var out []release.Comment
	for _, c := range r.Review.Comments {
		if _, ok := pos[c.UnitID]; ok && !c.Resolved {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b release.Comment) int { return pos[a.UnitID] - pos[b.UnitID] })
	return out
}
