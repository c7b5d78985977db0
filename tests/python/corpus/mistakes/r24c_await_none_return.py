import asyncio

async def worker():
    await asyncio.sleep(0.01)
    print("work")

async def main():
    await worker()
    await worker
    print("end")

asyncio.run(main())
