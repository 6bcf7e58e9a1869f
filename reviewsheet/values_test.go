package reviewsheet

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAppendIndex(t *testing.T) {
	for i, want := range map[int]string{0: "[0]", 9: "[9]", 10: "[10]", 99: "[99]", 100: "[100]", 12345: "[12345]"} {
		assert.Equal(t, "x"+want, string(appendIndex([]byte("x"), i)))
	}
}

func TestKeepString(t *testing.T) {
	p := &parser{}
	var ps []*string
	for i := 0; i < 3*stringChunk+1; i++ {
		ps = append(ps, p.keepString(strconv.Itoa(i)))
	}
	for i, v := range ps {
		require.Equal(t, strconv.Itoa(i), *v, "each value keeps its own slot")
	}
	*ps[0] = "changed"
	assert.Equal(t, "1", *ps[1])
}
