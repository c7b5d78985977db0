# isinstance() and issubclass() take a class, a union, or a tuple of
# them nested to any depth (up to the recursion limit), and check their
# arguments in CPython's order.
import asyncio

print(isinstance(1, ((str, (int,)),)), issubclass(bool, ((str,), (int,))))
print(isinstance(1, (str, int | None)), issubclass(int, ((float,), int | str)))
print(issubclass(int, ((int, 3),)))  # found before the bad item
for x, t in [(1, (str, 3)), (None, (int, None.__class__)), (3, ())]:
    try:
        print(isinstance(x, t))
    except TypeError as e:
        print("TypeError:", e)
for a, b in [(int, (str, 3)), (3, (int,)), (3, (5,)), (int, ()), (bool, (str, int | None))]:
    try:
        print(issubclass(a, b))
    except TypeError as e:
        print("TypeError:", e)


def nested(depth):
    t = str
    for _ in range(depth):
        t = (t,)
    return t


def deep():
    for depth in (500, 100_000):
        t = nested(depth)
        try:
            print(depth, isinstance(1, t))
        except RecursionError as e:
            print(depth, "RecursionError:", e)
        try:
            print(depth, issubclass(int, t))
        except RecursionError as e:
            print(depth, "RecursionError:", e)


async def main():
    deep()  # inside a task too


deep()
asyncio.run(main())
