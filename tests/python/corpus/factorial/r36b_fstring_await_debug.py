# f-string debugging with = directly around await expressions.
import asyncio


async def factorial(n: int) -> int:
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)


async def main():
    n = 6
    print(f"{await factorial(n)=}")
    print(f"{await factorial(n) = :,}")
    print(f"{n=} {await factorial(n - 1) // 2=!r:>8}")
    values = [await factorial(k) for k in range(4)]
    print(f"{values=}", f"{sum(values)=}", sep=" | ")


asyncio.run(main())
