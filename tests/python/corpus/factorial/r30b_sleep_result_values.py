# asyncio.sleep can return a value: I use it to "deliver" precomputed factorials.
import asyncio
import math


async def main():
    delivered = await asyncio.gather(*(asyncio.sleep(0.01 * n, result=(n, math.factorial(n))) for n in (3, 1, 2)))
    print(delivered)
    for fut in asyncio.as_completed([asyncio.sleep(0.1 * k, result=k) for k in (3, 1, 2)]):
        print("arrived:", await fut)
    print(await asyncio.sleep(0), await asyncio.sleep(0, "zero"))


asyncio.run(main())
