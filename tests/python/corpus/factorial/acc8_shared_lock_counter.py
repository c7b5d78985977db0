# A Lock protects a shared multiplication counter across tasks.
import asyncio

total_steps = 0
lock = asyncio.Lock()

async def factorial(n):
    global total_steps
    r = 1
    for i in range(1, n + 1):
        async with lock:
            steps = total_steps
            await asyncio.sleep(0.001)
            total_steps = steps + 1
        r *= i
    return r

async def main():
    print(await asyncio.gather(factorial(5), factorial(4), factorial(6)))
    print("multiplications:", total_steps)
    print(lock.locked())

asyncio.run(main())
