# Limit to two factorials at a time with a Semaphore and track the peak concurrency.
import asyncio

running = 0
peak = 0


async def factorial(n, sem):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.02)
            result *= i
        running -= 1
    return result


async def main():
    sem = asyncio.Semaphore(2)
    nums = [3, 4, 5, 6, 2]
    res = await asyncio.gather(*(factorial(n, sem) for n in nums))
    print(dict(zip(nums, res)))
    print("peak concurrency:", peak)
    print("semaphore free again:", not sem.locked())


asyncio.run(main())
