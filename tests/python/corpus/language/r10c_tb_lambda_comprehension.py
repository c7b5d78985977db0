data = [4, 2, 0, 1]
inverse = lambda x: 10 / x
try:
    print([inverse(x) for x in data])
except ZeroDivisionError as e:
    print("caught", e)
print({x: inverse(x) for x in data if x})
totals = {k: sum(v) for k, v in {"a": [1, 2], "b": [3]}.items()}
print(totals)
print(sorted(data, key=lambda x: -x))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(sorted(["b", 1, "a"], key=lambda v: v.lower()))
