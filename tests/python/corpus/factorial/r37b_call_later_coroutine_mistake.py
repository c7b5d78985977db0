# Scheduling the factorial with loop.call_later, passing the coroutine function as the callback.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    print(f"{n}! = {r}")
    return r


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, print, "plain print works")
    await asyncio.sleep(0.1)
    loop.call_later(0.05, factorial, 5)
    await asyncio.sleep(0.1)


asyncio.run(main())
