# math.factorial run in a thread with asyncio.to_thread
import asyncio
import math

async def factorial(n):
    value = await asyncio.to_thread(math.factorial, n)
    return n, value

async def main():
    pairs = await asyncio.gather(*(factorial(n) for n in [20, 5, 12]))
    for n, v in pairs:
        print(f"{n}! = {v}")

asyncio.run(main())
