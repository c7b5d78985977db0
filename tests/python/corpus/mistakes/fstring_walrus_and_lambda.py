# Mistake: fstring walrus and lambda.
# (A learner's program as written, to compare with CPython 3.11.)
x = 1
print(f"{x:=10}", f"{(x:=5)}", x)
print(f"{x:=}")
print(f"{lambda: 1}")
