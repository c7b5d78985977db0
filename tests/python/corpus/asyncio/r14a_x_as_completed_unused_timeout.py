# test_tasks test_as_completed_with_unused_timeout and reverse_wait: finishing order, timeout not reached
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    its = asyncio.as_completed([job('b', 0.2), job('a', 0.1)], timeout=5)
    print(await next(its), await next(its))
    fs = list(asyncio.as_completed([job('x', 0.1), job('y', 0.3)]))
    print(len(fs))
    last = await fs[1]
    first = await fs[0]
    print(first, last)

asyncio.run(main())
