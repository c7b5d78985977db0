# docs "as_completed": iterate in completion order, with a timeout
import asyncio

async def fetch(n, delay):
    await asyncio.sleep(delay)
    return f"item{n}"

async def main():
    aws = [fetch(1, 0.3), fetch(2, 0.1), fetch(3, 0.2)]
    for coro in asyncio.as_completed(aws):
        earliest_result = await coro
        print(earliest_result)
    aws = [fetch(4, 0.1), fetch(5, 0.5)]
    got = []
    try:
        for coro in asyncio.as_completed(aws, timeout=0.3):
            got.append(await coro)
    except TimeoutError:
        print("timed out with", got)
    await asyncio.sleep(0.4)
    tasks = [asyncio.create_task(fetch(i, 0.1 * (4 - i))) for i in range(1, 4)]
    print([await c for c in asyncio.as_completed(tasks)])
    it = asyncio.as_completed([])
    print(list(it))

asyncio.run(main())
