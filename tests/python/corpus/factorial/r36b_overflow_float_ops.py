# Big factorial meets float maths: which operations work and which overflow.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0)
    return math.prod(range(1, n + 1))


async def main():
    f = await factorial(200)
    checks = {
        "math.log10": lambda: round(math.log10(f), 4),
        "math.log": lambda: round(math.log(f), 4),
        "f // 10**370": lambda: f // 10**370,
        "float(f)": lambda: float(f),
        "f / 2": lambda: f / 2,
        "f ** 0.5": lambda: f ** 0.5,
        "math.sqrt": lambda: math.sqrt(f),
        "math.isqrt digits": lambda: len(str(math.isqrt(f))),
        "f * 1.0": lambda: f * 1.0,
        "round(f, -370)": lambda: round(f, -370) // 10**370,
        "f:c": lambda: f"{f:c}",
    }
    for name, fn in checks.items():
        try:
            print(f"{name:>18}: {fn()}")
        except (OverflowError, ValueError) as e:
            print(f"{name:>18}: {type(e).__name__}: {e}")


asyncio.run(main())
