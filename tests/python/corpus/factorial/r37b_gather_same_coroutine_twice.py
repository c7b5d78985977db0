# Passing the very same coroutine object to gather twice; it only runs once but appears twice in the results.
import asyncio

calls = 0


async def factorial(n):
    global calls
    calls += 1
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    c = factorial(5)
    print(await asyncio.gather(c, c, factorial(3)))
    print("calls:", calls)
    t = asyncio.create_task(factorial(4))
    print(await asyncio.gather(t, t, t), "calls:", calls)


asyncio.run(main())
