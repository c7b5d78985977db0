# Offloading math.factorial to a thread with asyncio.to_thread and collecting the digit counts.
import asyncio
import math


async def main():
    numbers = [10, 200, 1000]
    results = await asyncio.gather(*(asyncio.to_thread(math.factorial, n) for n in numbers))
    for n, r in zip(numbers, results):
        print(f"{n}! has {len(str(r))} digits, ends with {str(r)[-3:]!r} before zeros: {str(r).rstrip('0')[-3:]}")
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, math.factorial, 12)
    print("executor:", r)


asyncio.run(main())
