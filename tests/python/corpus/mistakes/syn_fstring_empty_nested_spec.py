# Mistake: syn fstring empty nested spec.
# (A learner's program as written, to compare with CPython 3.11.)
#
x = 3
print(f"{x:{}}")
