# Numbers read as strings (from a "form") are passed straight to range(): TypeError.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    raw = "5 7 3".split()
    print("inputs:", raw)
    results = await asyncio.gather(*[factorial(x) for x in raw])
    print(results)


asyncio.run(main())
