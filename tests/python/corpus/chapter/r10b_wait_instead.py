# asyncio.wait used instead of gather: done and pending sets.
import asyncio

async def worker(n):
    await asyncio.sleep(n / 20)
    return n

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))

asyncio.run(main())
