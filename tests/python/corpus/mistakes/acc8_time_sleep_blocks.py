# time.sleep in a coroutine blocks the loop: the tasks run one after another.
import asyncio
import time

async def factorial(name, n):
    r = 1
    for i in range(1, n + 1):
        time.sleep(0.01)
        print(f"{name}: step {i}")
        r *= i
    return r

async def main():
    print(await asyncio.gather(factorial("A", 2), factorial("B", 3)))

asyncio.run(main())
