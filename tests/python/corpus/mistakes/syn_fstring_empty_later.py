# Mistake: syn fstring empty later.
# (A learner's program as written, to compare with CPython 3.11.)
values = [1, 2, 3]
print(f"total: {sum(values)=:>8}")
print(f"{values[0]:{"x"}}")
print(f"{}")
