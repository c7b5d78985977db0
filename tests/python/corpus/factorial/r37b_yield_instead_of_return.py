# I wrote "yield result" instead of "return result" in the async factorial.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    yield result


async def main():
    value = await factorial(5)
    print(value)


asyncio.run(main())
