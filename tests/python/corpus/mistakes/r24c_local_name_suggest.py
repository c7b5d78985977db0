import asyncio

async def worker(worker_id, delay):
    await asyncio.sleep(delay)
    print("worker", worker_ID, "done")

async def main():
    await asyncio.gather(worker(1, 0.01), worker(2, 0.02))

asyncio.run(main())
