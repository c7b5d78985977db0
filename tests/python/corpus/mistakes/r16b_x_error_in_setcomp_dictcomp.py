# Errors inside a set and a dict comprehension show their frames
data = [("a", 1), ("b", 0)]
inverse = {k: 10 / v for k, v in data if k == "a"}
print(inverse)
lengths = {len(k) for k, v in data}
print(lengths)
ratios = {k: 10 / v for k, v in data}
