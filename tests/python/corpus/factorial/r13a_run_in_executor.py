import asyncio
import math

async def factorial(n):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.01)
    return await loop.run_in_executor(None, math.factorial, n)

async def main():
    results = await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6]))
    print(results)

asyncio.run(main())
