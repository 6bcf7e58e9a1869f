package reviewsheet

import "github.com/rsheet/rsheet/internal/sheettext"

// smallMap holds the few keys of one sheet's 効果発現経路 (some 10–30
// nodes and steps) in a list searched in order, instead of a Go map that
// allocates its header, groups and tables as it grows; past smallMapMax
// keys it indexes them in a map, so that a long input stays linear.
type smallMap[K comparable, V any] struct {
	list []smallEntry[K, V]
	m    map[K]int // once there are more than smallMapMax keys
}

type smallEntry[K comparable, V any] struct {
	k K
	v V
}

// smallMapMax is how many keys a smallMap searches in order.
const smallMapMax = 64

// sized makes room for n keys at once.
func (s *smallMap[K, V]) sized(n int) {
	if n > cap(s.list) {
		s.list = append(make([]smallEntry[K, V], 0, n), s.list...)
	}
}

// len is the number of keys.
func (s *smallMap[K, V]) len() int { return len(s.list) }

// find returns the position of k, or -1.
func (s *smallMap[K, V]) find(k K) int {
	if s.m != nil {
		if i, ok := s.m[k]; ok {
			return i
		}
		return -1
	}
	for i := range s.list {
		if s.list[i].k == k {
			return i
		}
	}
	return -1
}

// get returns the value of k, and whether k is there (the zero V when it
// is not).
func (s *smallMap[K, V]) get(k K) (V, bool) {
	if i := s.find(k); i >= 0 {
		return s.list[i].v, true
	}
	var zero V
	return zero, false
}

// put sets the value of k.
func (s *smallMap[K, V]) put(k K, v V) {
	if i := s.find(k); i >= 0 {
		s.list[i].v = v
		return
	}
	if s.m == nil && len(s.list) == smallMapMax {
		s.m = make(map[K]int, 2*smallMapMax)
		for i, e := range s.list {
			s.m[e.k] = i
		}
	}
	if s.m != nil {
		s.m[k] = len(s.list)
	}
	s.list = append(s.list, smallEntry[K, V]{k, v})
}

// earlierBox finds a box printed before boxes[i] with its number and
// returns its position: boxes[:i] are searched while the overview is
// short (smallMapMax boxes: nothing is allocated), seen holds the first
// box of each number past that (called for i = 0, 1, … in turn).
func earlierBox(boxes []ocBox, i int, seen *smallMap[int, sheettext.Pos]) (sheettext.Pos, bool) {
	id := boxes[i].id
	if len(boxes) <= smallMapMax {
		for _, b := range boxes[:i] {
			if b.id == id {
				return b.pos, true
			}
		}
		return sheettext.NoPos, false
	}
	at, dup := seen.get(id)
	if !dup {
		seen.put(id, boxes[i].pos)
	}
	return at, dup
}

// firstBoxPos is the position of the first box numbered id, or NoPos.
func firstBoxPos(boxes []ocBox, id int) sheettext.Pos {
	for _, b := range boxes {
		if b.id == id {
			return b.pos
		}
	}
	return sheettext.NoPos
}
