# a negative number raises ValueError; gather with return_exceptions keeps going
import asyncio

async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"factorial() not defined for {n}")
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    inputs = [5, -2, 3.0, 4]
    results = await asyncio.gather(*(factorial(x) for x in inputs), return_exceptions=True)
    for x, r in zip(inputs, results):
        if isinstance(r, Exception):
            print(f"{x!r}: {type(r).__name__}: {r}")
        else:
            print(f"{x!r}: {r}")

asyncio.run(main())
