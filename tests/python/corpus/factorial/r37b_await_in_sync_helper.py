# A helper function (not async) that awaits the sleep inside the factorial loop.
import asyncio


def pause():
    await asyncio.sleep(0.1)


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        pause()
        result *= i
    return result


asyncio.run(factorial(5))
