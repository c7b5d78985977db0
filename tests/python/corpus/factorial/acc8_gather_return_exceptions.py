# Negative numbers raise ValueError; gather collects them with return_exceptions.
import asyncio

async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"{n!r} is not an int")
    if n < 0:
        raise ValueError(f"factorial not defined for {n}")
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    inputs = [5, -1, 3, "4", 0]
    results = await asyncio.gather(*(factorial(x) for x in inputs), return_exceptions=True)
    for x, r in zip(inputs, results):
        if isinstance(r, Exception):
            print(f"{x!r}: {type(r).__name__}: {r}")
        else:
            print(f"{x!r}: {r}")

asyncio.run(main())
