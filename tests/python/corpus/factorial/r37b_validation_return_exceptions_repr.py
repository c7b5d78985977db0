# Validating inputs; gather with return_exceptions=True, then printing the repr of each outcome.
import asyncio


async def factorial(n):
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"factorial() only accepts integers, not {n!r}")
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    inputs = [4, -1, 2.5, "6", True, None, 0]
    outcomes = await asyncio.gather(*(factorial(x) for x in inputs), return_exceptions=True)
    for x, out in zip(inputs, outcomes):
        print(f"{x!r:>6} -> {out!r}")
    errors = [o for o in outcomes if isinstance(o, Exception)]
    print(len(errors), "errors:", sorted({type(e).__name__ for e in errors}))


asyncio.run(main())
