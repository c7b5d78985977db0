# as_completed over tasks that already finished, and over the same task listed twice
import asyncio


async def val(v):
    return v


async def main():
    tasks = [asyncio.create_task(val(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(sorted([await f for f in asyncio.as_completed(tasks)]))
    t = tasks[0]
    got = [await f for f in asyncio.as_completed([t, t, tasks[1]])]
    print(sorted(got), len(got))
    it = asyncio.as_completed(tasks)
    print(type(it).__name__)
    print(sorted([await next(it) for _ in range(3)]))
    print(await next(it))


asyncio.run(main())
