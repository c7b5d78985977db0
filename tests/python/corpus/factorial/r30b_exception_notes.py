# Adding a note to the error saying which input failed, then letting it escape gather.
import asyncio


def check(n):
    if type(n) is not int:
        raise TypeError(f"expected int, got {type(n).__name__}: {n!r}")
    if n < 0:
        raise ValueError("n must be >= 0")


async def factorial(n):
    try:
        check(n)
    except (TypeError, ValueError) as e:
        e.add_note(f"while computing factorial({n!r})")
        raise
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    print(await asyncio.gather(factorial(4), factorial(-3), return_exceptions=True))
    await asyncio.gather(factorial(2), factorial("3"))


asyncio.run(main())
