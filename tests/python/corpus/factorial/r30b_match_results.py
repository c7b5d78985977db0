# Using match to describe each result from gather(return_exceptions=True).
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    match n:
        case int() if n < 0:
            raise ValueError("negative")
        case bool():
            raise TypeError("bool is not a number here")
        case int():
            f = 1
            for i in range(2, n + 1):
                f *= i
            return f
        case _:
            raise TypeError(f"unsupported {type(n).__name__}")


async def main():
    inputs = [5, -1, True, "x", 0, 3.0]
    results = await asyncio.gather(*map(factorial, inputs), return_exceptions=True)
    for x, r in zip(inputs, results):
        match r:
            case ValueError(args=[msg]):
                print(f"{x!r}: value problem: {msg}")
            case TypeError() as e:
                print(f"{x!r}: type problem: {e}")
            case 1:
                print(f"{x!r}: one")
            case int(v) if v > 100:
                print(f"{x!r}: big {v}")
            case v:
                print(f"{x!r}: {v}")


asyncio.run(main())
