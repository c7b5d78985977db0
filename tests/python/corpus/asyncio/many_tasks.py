# 200 tasks with five different delays: they finish by deadline, ties in start order.
import asyncio

finished = []

async def job(i):
    delay = (i * 7 % 5) * 0.1  # 0.1 s apart: a long first iteration cannot reorder them
    await asyncio.sleep(delay)
    finished.append(i)
    return i * i

async def main():
    results = await asyncio.gather(*(job(i) for i in range(200)))
    print('sum of results:', sum(results))
    print('results in argument order:', results[:8])
    print('first to finish:', finished[:12])
    print('last to finish:', finished[-6:])
    print('all finished once:', sorted(finished) == list(range(200)))

asyncio.run(main())
