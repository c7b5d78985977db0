# The factorial coroutine forgets to return: None comes back, then None * int fails
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i


async def main():
    values = await asyncio.gather(factorial(3), factorial(4))
    print(values)
    print(values[0] * 2)


asyncio.run(main())
