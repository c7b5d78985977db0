# A module-level asyncio.Lock shared across two asyncio.run calls.
import asyncio

lock = asyncio.Lock()

async def use(n):
    async with lock:
        await asyncio.sleep(0.01)
        print("used", n)

async def pair():
    await asyncio.gather(use(1), use(2))

asyncio.run(pair())
try:
    asyncio.run(pair())
except RuntimeError as e:
    print(type(e).__name__, str(e).split(">")[-1])
