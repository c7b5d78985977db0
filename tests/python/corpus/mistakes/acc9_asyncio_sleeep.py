# A typo in asyncio.sleep.
import asyncio

async def tick(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleeep(0.1)

asyncio.run(tick(2))
