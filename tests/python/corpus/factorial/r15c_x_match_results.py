# match on the results of gather with return_exceptions
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    match n:
        case int() if n < 0:
            raise ValueError(n)
        case 0 | 1:
            return 1
        case int():
            return n * await factorial(n - 1)
        case _:
            raise TypeError(type(n).__name__)

async def main():
    for item in await asyncio.gather(*map(factorial, [5, 0, -3, "x", 7]), return_exceptions=True):
        match item:
            case ValueError(args=(bad,)):
                print(f"negative: {bad}")
            case TypeError() as e:
                print(f"bad type: {e}")
            case int(v) if v > 100:
                print(f"big: {v}")
            case v:
                print(f"small: {v}")

asyncio.run(main())
