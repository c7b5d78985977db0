# One gathered task cancelled by hand: gather raises CancelledError
import asyncio

async def work(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in range(1, 4)]
    tasks[1].cancel()
    results = await asyncio.gather(*tasks)
    print(results)

asyncio.run(main())
