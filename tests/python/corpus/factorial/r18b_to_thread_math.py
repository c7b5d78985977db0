import asyncio
import math

def slow_factorial(n):
    return math.factorial(n)

async def factorial(n):
    await asyncio.sleep(0.1 * (n % 4))
    value = await asyncio.to_thread(slow_factorial, n)
    return n, value

async def main():
    results = await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]])
    for n, v in results:
        print(f"{n}! = {v}")
    loop = asyncio.get_running_loop()
    big = await loop.run_in_executor(None, math.factorial, 300)
    print(len(str(big)), str(big)[:30])

asyncio.run(main())
