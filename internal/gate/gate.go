package gate

// Force, when set, makes every gate open: all rules run on every input
// that reaches them. For tests only; it is read without synchronisation,
// so set it only while no parse runs.
var Force bool
