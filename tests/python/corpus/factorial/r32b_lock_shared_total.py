# Tasks add their factorial into a shared total under an asyncio.Lock.
import asyncio

total = 0
lock = None


async def add_factorial(n):
    global total
    f = 1
    for i in range(2, n + 1):
        f *= i
    async with lock:
        current = total
        await asyncio.sleep(0.01)
        total = current + f


async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(*(add_factorial(n) for n in range(1, 8)))
    print("sum of 1!..7! =", total)
    print("check:", total == sum(__import__("math").factorial(n) for n in range(1, 8)))
    print("locked:", lock.locked())


asyncio.run(main())
