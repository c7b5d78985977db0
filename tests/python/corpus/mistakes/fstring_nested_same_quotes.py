# Mistake: fstring nested same quotes.
# (A learner's program as written, to compare with CPython 3.11.)
#
d = {"a": 1}
print(f"{d["a"]}")
