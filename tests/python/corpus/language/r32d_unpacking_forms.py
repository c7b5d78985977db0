# Unpacking: starred targets, nested tuples, swapping, function calls with * and **
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = "xy", 3
print(a, b, c)
a, b = b, a
print(a, b)
head, *_ = "hello"
print(head, _)


def show(x, y, *rest, sep="-", **opts):
    return f"{x}{sep}{y} rest={rest} opts={opts}"


args = [1, 2, 3]
kw = {"sep": "+", "color": "red"}
print(show(*args, **kw), show(*"ab"), show(0, *[9], 8, **{"z": 1}))
print(*[1, 2], *"ab", sep=",")
print([*range(3), *"xy"], {**{"a": 1}, "b": 2}, (*"ab",))
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
x, y, z = [1, 2]
