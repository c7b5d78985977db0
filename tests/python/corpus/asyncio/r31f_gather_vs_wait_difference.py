# gather vs wait: gather returns values in order, wait returns sets of tasks
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * (4 - n))
    return n * 11

async def main():
    print("gather:", await asyncio.gather(*(job(n) for n in range(1, 4))))
    tasks = [asyncio.create_task(job(n)) for n in range(1, 4)]
    done, pending = await asyncio.wait(tasks)
    print("wait:", type(done).__name__, len(done), len(pending))
    print("results in task order:", [t.result() for t in tasks])
    print("sorted from set:", sorted(t.result() for t in done))
    try:
        await asyncio.wait([job(1)])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
