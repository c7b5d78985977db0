# error inside nested comprehension
data = {"a": [1, 2], "b": [3, "4"]}
print([x * 2 for v in data.values() for x in v])
sums = {k: sum(v) for k, v in data.items()}
# (end of the program)
