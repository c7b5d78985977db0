# Validate inputs with isinstance... but True sneaks through as an int.
import asyncio


async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"factorial needs an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"factorial of negative number {n}")
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    inputs = [5, True, 3.0, -2, "4", None, False]
    outcomes = await asyncio.gather(*map(factorial, inputs), return_exceptions=True)
    for n, out in zip(inputs, outcomes):
        if isinstance(out, Exception):
            print(f"{n!r:>6}: {type(out).__name__}: {out}")
        else:
            print(f"{n!r:>6}: {out}")


asyncio.run(main())
