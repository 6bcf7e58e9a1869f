package outcome

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIndicatorEqual changes every field of Indicator and of Value in
// turn (found by reflection, so a field added later is covered) and
// checks that Equal sees each change, as reflect.DeepEqual does.
func TestIndicatorEqual(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	base := func() *Indicator {
		return &Indicator{Name: "件数", Unit: "件", Improvement: ImprovesUpward, Values: []Value{
			{Year: 2024, Target: f(500), TargetRaw: "500", Actual: f(742), ActualRaw: "742", AchievementRate: f(148.4), AchievementRateRaw: "148.4"},
			{Year: 2025, IsTargetYear: true, Target: f(600), TargetRaw: "600"},
		}}
	}
	assert.True(t, base().Equal(base()))
	assert.True(t, (*Indicator)(nil).Equal(nil))
	assert.False(t, base().Equal(nil))
	assert.False(t, (*Indicator)(nil).Equal(base()))

	mutate := func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			v.SetString(v.String() + "x")
		case reflect.Bool:
			v.SetBool(!v.Bool())
		case reflect.Int:
			v.SetInt(v.Int() + 1)
		case reflect.Pointer:
			if v.IsNil() {
				v.Set(reflect.ValueOf(f(1)))
			} else {
				v.Set(reflect.Zero(v.Type()))
			}
		case reflect.Slice:
			v.Set(v.Slice(0, v.Len()-1))
		default:
			t.Fatalf("field kind %s not covered: extend Equal and this test", v.Kind())
		}
	}
	it := reflect.TypeOf(Indicator{})
	for i := 0; i < it.NumField(); i++ {
		b := base()
		mutate(reflect.ValueOf(b).Elem().Field(i))
		assert.False(t, base().Equal(b), "Indicator.%s changed", it.Field(i).Name)
		assert.Equal(t, reflect.DeepEqual(base(), b), base().Equal(b))
	}
	vt := reflect.TypeOf(Value{})
	for i := 0; i < vt.NumField(); i++ {
		for row := 0; row < 2; row++ {
			b := base()
			mutate(reflect.ValueOf(&b.Values[row]).Elem().Field(i))
			assert.False(t, base().Equal(b), "Value.%s of row %d changed", vt.Field(i).Name, row)
		}
	}
}

// TestEdgesLong: past edgeSearchMax edges Edges switches to a map; the
// result is the same: distinct edges in first-seen order.
func TestEdgesLong(t *testing.T) {
	var long []int
	for i := 1; i <= 3*edgeSearchMax; i++ {
		long = append(long, i)
	}
	g := &Graph{Paths: [][]int{long, {1, 2, 3}, long, {5, 1}}}
	edges := g.Edges()
	assert.Len(t, edges, len(long)) // len(long)-1 steps of the long path, and 5→1
	for i := 0; i+1 < len(long); i++ {
		assert.Equal(t, Edge{long[i], long[i+1]}, edges[i])
	}
	assert.Equal(t, Edge{5, 1}, edges[len(edges)-1])
}
