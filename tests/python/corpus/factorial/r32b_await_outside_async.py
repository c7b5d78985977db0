# Student forgot to make factorial async but still awaits the sleep inside it.
import asyncio


def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def main():
    print(await asyncio.gather(factorial(3), factorial(4)))


asyncio.run(main())
