import asyncio

async def job():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())
    print(t.result())

asyncio.run(main())
