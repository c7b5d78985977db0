# TaskGroup version: create one task per number and build a dict of results afterwards.
import asyncio


async def fact(n: int) -> int:
    acc = 1
    while n > 1:
        acc *= n
        n -= 1
        await asyncio.sleep(0.05)
    return acc


async def main() -> None:
    nums = [4, 0, 1, 6, 2]
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(fact(n)) for n in nums}
    results = {n: t.result() for n, t in tasks.items()}
    print(results)
    for n in sorted(results):
        print(f"{n:>2}! = {results[n]:>5}")


asyncio.run(main())
