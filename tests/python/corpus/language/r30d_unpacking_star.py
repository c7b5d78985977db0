# Unpacking: starred targets, nested, swapping, in for loops, dict unpacking and errors
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
head, *tail = "python"
print(head, tail)
*init, end = (1,)
print(init, end)
(a, b), c = (1, 2), 3
a, b = b, a
print(a, b, c)
for name, (x, y) in [("p", (0, 1)), ("q", (2, 3))]:
    print(name, x + y)
d1, d2 = {"a": 1}, {"b": 2, "a": 3}
print({**d1, **d2}, [*d1, *d2], (*range(2),))


def show(*args, **kwargs):
    return f"{args} {kwargs}"


print(show(*[1, 2], *"ab", **d1, z=0))
print(max(*[3, 8, 1]), print(*"xyz", sep="-"))
x, y, z = "ab"
