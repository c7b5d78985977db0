import asyncio
import time

async def heartbeat():
    for i in range(3):
        print("beat", i)
        await asyncio.sleep(0.1)

async def main():
    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)
    print("doing heavy work")
    time.sleep(0.35)
    print("heavy work done")
    await hb

asyncio.run(main())
