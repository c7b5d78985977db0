# Mistake: syn fstring bang.
# (A learner's program as written, to compare with CPython 3.11.)
name = "world"
width = 10
print(f"hello {name!}")
