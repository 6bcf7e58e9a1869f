package reviewsheet

// smallMap holds the few keys of one sheet's 効果発現経路 (some 10–30
// nodes and steps) in two lists searched in order, instead of a Go map
// that allocates its header, groups and tables as it grows; past
// smallMapMax keys it indexes them in a map, so that a long input stays
// linear.
type smallMap[K comparable, V any] struct {
	keys []K
	vals []V
	m    map[K]int // once there are more than smallMapMax keys
}

// smallMapMax is how many keys a smallMap searches in order.
const smallMapMax = 64

// sized makes room for n keys at once.
func (s *smallMap[K, V]) sized(n int) {
	if n > cap(s.keys) {
		s.keys = make([]K, len(s.keys), n)
		s.vals = make([]V, len(s.vals), n)
	}
}

// find returns the position of k, or -1.
func (s *smallMap[K, V]) find(k K) int {
	if s.m != nil {
		if i, ok := s.m[k]; ok {
			return i
		}
		return -1
	}
	for i, x := range s.keys {
		if x == k {
			return i
		}
	}
	return -1
}

// get returns the value of k, and whether k is there (the zero V when it
// is not).
func (s *smallMap[K, V]) get(k K) (V, bool) {
	if i := s.find(k); i >= 0 {
		return s.vals[i], true
	}
	var zero V
	return zero, false
}

// put sets the value of k.
func (s *smallMap[K, V]) put(k K, v V) {
	if i := s.find(k); i >= 0 {
		s.vals[i] = v
		return
	}
	if s.m == nil && len(s.keys) == smallMapMax {
		s.m = make(map[K]int, 2*smallMapMax)
		for i, x := range s.keys {
			s.m[x] = i
		}
	}
	if s.m != nil {
		s.m[k] = len(s.keys)
	}
	s.keys = append(s.keys, k)
	s.vals = append(s.vals, v)
}
