# Mistake: unterminated string eol.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
x = "abc
