import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise KeyError(f"worker-{n}")
    print("worker", n, "ok")

async def main():
    for n in range(3):
        asyncio.create_task(worker(n), name=f"worker-{n}")
    await asyncio.sleep(0.05)
    print("main exits")

asyncio.run(main())
