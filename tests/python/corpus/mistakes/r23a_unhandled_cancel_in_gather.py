import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    print("worker", n, "done")
    return n

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (1, 30)]
    await asyncio.sleep(0.02)
    tasks[1].cancel()
    results = await asyncio.gather(*tasks)
    print(results)

asyncio.run(main())
