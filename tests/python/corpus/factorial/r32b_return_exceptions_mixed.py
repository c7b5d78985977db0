# gather with return_exceptions=True over good and bad inputs, then report each one.
import asyncio


async def factorial(n):
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if n < 0:
        raise ValueError("negative")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    inputs = [4, -1, 2.5, "6", 0, 6]
    outcomes = await asyncio.gather(*map(factorial, inputs), return_exceptions=True)
    for value, out in zip(inputs, outcomes):
        if isinstance(out, Exception):
            print(f"{value!r:>5}: {type(out).__name__}: {out}")
        else:
            print(f"{value!r:>5}: {out}")


asyncio.run(main())
