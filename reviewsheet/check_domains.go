package reviewsheet

// outcome checks (filled in when the outcome model lands).
func (c *checker) outcome() {}

// spending checks (filled in when the spending model lands).
func (c *checker) spending() {}
