# Debugging the factorial loop with f-string '=' specifiers and format specs.
import asyncio


async def factorial(n):
    acc = 1
    for i in range(2, n + 1):
        acc *= i
        await asyncio.sleep(0.01)
        print(f"{i=} {acc=:>8,}")
    return acc


async def main():
    n = 7
    result = await factorial(n)
    print(f"{n = }, {result = }")
    print(f"{result / 3 = :.2f}")
    print(f"{result!r:>10}|{result!s:<10}|{str(result)=}")
    print(f"{'done':*^20}")


asyncio.run(main())
