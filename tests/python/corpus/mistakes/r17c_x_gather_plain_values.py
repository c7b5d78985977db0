# gather given ints instead of awaitables: TypeError An asyncio.Future, a coroutine or an awaitable is required
import asyncio
import math


async def main():
    results = await asyncio.gather(*[math.factorial(n) for n in [3, 4]])
    print(results)


asyncio.run(main())
