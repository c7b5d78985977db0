# Mistake: syn fstring bad conv2.
# (A learner's program as written, to compare with CPython 3.11.)
#
#
print(f"{x!z}")
