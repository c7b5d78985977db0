# A cancelled task's result() asked for: CancelledError escapes main
import asyncio

async def forever():
    while True:
        await asyncio.sleep(0.05)

async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())
    print(t.result())

asyncio.run(main())
