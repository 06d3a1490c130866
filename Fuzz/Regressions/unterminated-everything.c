#define DEFINE_Q35_MACHINE(a, b) X(
DEFINE_Q35_MACHINE(1, 2
"abc
'x
/* never closed