# math.factorial run in a thread with asyncio.to_thread.
import asyncio
import math

async def main():
    results = await asyncio.gather(*(asyncio.to_thread(math.factorial, n) for n in [5, 10, 15]))
    print(results)
    print(await asyncio.to_thread(lambda: len(str(math.factorial(500)))))

asyncio.run(main())
