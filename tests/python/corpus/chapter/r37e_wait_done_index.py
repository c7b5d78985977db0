# asyncio.wait gives back sets and I tried to index them like the gather list
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n * 10

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, len(done), len(pending))
    print('sum:', sum(t.result() for t in done))
    print('first:', done[0].result())

asyncio.run(main())
