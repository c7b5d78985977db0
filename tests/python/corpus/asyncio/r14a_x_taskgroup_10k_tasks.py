# A TaskGroup of 10,000 tasks finishing in waves: every result is collected, in order
import asyncio

async def job(i):
    await asyncio.sleep(0.001 * (i % 10))
    return i * i

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(10_000)]
        print('created', len(tasks), repr(tg))
    results = [t.result() for t in tasks]
    print(len(results), sum(results), results[:4], results[-1])
    print(repr(tg))

asyncio.run(main())
