# Validation helper that rejects floats, bools and strings before computing the factorial.
import asyncio


def check(n):
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"factorial() only accepts integral values, not {n!r}")
    if n < 0:
        raise ValueError(f"{n} is negative")
    return n


async def factorial(n):
    check(n)
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    for value in [5, 5.0, True, "5", -3, 3]:
        try:
            print(value, "->", await factorial(value))
        except (TypeError, ValueError) as exc:
            print(value, "->", exc.__class__.__name__, exc)
    await factorial(4.5)


asyncio.run(main())
