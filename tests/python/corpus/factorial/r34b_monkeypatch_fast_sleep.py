# Speeding up the exercise for testing: replace asyncio.sleep with a version that records the delays.
import asyncio

real_sleep = asyncio.sleep
requested = []


async def fast_sleep(delay, result=None):
    requested.append(delay)
    return await real_sleep(0, result)


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def main():
    asyncio.sleep = fast_sleep
    try:
        print(await asyncio.gather(factorial(5), factorial(3)))
        print(await asyncio.wait_for(factorial(4), timeout=0.05))
    finally:
        asyncio.sleep = real_sleep
    print("delays requested:", len(requested), "total:", round(sum(requested), 2))
    print(asyncio.sleep is real_sleep, asyncio.tasks.sleep is real_sleep)


asyncio.run(main())
