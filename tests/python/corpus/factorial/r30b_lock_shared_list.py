# A Lock protecting a shared results list and a running total of digits.
import asyncio

results = []
total_digits = 0


async def factorial(n, lock):
    global total_digits
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    async with lock:
        print(f"{n}: lock held? {lock.locked()}")
        results.append((n, f))
        total_digits += len(str(f))
    return f


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*[factorial(n, lock) for n in [9, 4, 12, 1]])
    print(results)
    print("total digits:", total_digits, "locked now:", lock.locked())


asyncio.run(main())
