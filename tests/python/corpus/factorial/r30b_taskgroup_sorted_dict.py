# TaskGroup version (3.11): store tasks in a dict keyed by n, print sorted by n.
import asyncio


async def fact(n: int) -> int:
    acc = 1
    while n > 1:
        await asyncio.sleep(0.02)
        acc *= n
        n -= 1
    return acc


async def main() -> None:
    numbers = [6, 2, 9, 4, 0, 1]
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(fact(n), name=f"fact-{n}") for n in numbers}
    for n in sorted(tasks):
        t = tasks[n]
        print(f"{t.get_name():>8}: {n}! = {t.result()}")
    print("all done:", all(t.done() for t in tasks.values()))


asyncio.run(main())
