package crossproject

import (
	"errors"
	"fmt"
)

// ErrOverflow is wrapped by the error of a sum that would not fit in an
// int64 of yen (±9.2 × 10¹⁸ yen, far beyond any budget: it means bad
// input, and a wrapped value would be silently wrong).
var ErrOverflow = errors.New("crossproject: yen sum overflows int64")

// addYen returns a + b, or an error wrapping ErrOverflow.
func addYen(a, b int64) (int64, error) {
	s := a + b
	// Overflow iff a and b have the same sign and s has the other one.
	if (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0) {
		return 0, fmt.Errorf("%w: %d + %d", ErrOverflow, a, b)
	}
	return s, nil
}

// subYen returns a − b, or an error wrapping ErrOverflow.
func subYen(a, b int64) (int64, error) {
	s := a - b
	// Overflow iff a and b have different signs and s has b's sign.
	if (a >= 0) != (b >= 0) && (s >= 0) == (b >= 0) {
		return 0, fmt.Errorf("%w: %d - %d", ErrOverflow, a, b)
	}
	return s, nil
}

// Sum is a yen total that knows how many values went into it: a Sum of
// no values is absent (Ptr returns nil), never 0, so a table with no
// rows is not reported as a zero amount.
type Sum struct {
	Yen int64 // the total, yen
	N   int   // the number of values added
}

// Add adds v. An overflow is an error and leaves s unchanged.
func (s *Sum) Add(v int64) error {
	t, err := addYen(s.Yen, v)
	if err != nil {
		return err
	}
	s.Yen, s.N = t, s.N+1
	return nil
}

// AddPtr adds *v; a nil v (an absent amount) is not counted.
func (s *Sum) AddPtr(v *int64) error {
	if v == nil {
		return nil
	}
	return s.Add(*v)
}

// AddSum adds every value of o.
func (s *Sum) AddSum(o Sum) error {
	if o.N == 0 {
		return nil
	}
	t, err := addYen(s.Yen, o.Yen)
	if err != nil {
		return err
	}
	s.Yen, s.N = t, s.N+o.N
	return nil
}

// Ptr returns the total, or nil when no value was added.
func (s Sum) Ptr() *int64 {
	if s.N == 0 {
		return nil
	}
	v := s.Yen
	return &v
}
