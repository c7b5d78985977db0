import asyncio

async def worker(n):
    await asyncio.sleep(0.3 * n)

async def monitor():
    await asyncio.sleep(0.15)
    while True:
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        print("tasks alive:", len(others))
        if len(others) <= 1:
            return
        await asyncio.sleep(0.3)

async def main():
    for n in range(1, 4):
        asyncio.create_task(worker(n))
    await monitor()

asyncio.run(main())
