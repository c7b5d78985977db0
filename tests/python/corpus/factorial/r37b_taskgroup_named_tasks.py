# Factorials in a TaskGroup where every task gets a name, printed from inside the task.
import asyncio


async def factorial(n):
    me = asyncio.current_task()
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01 * n)
        result *= i
    print(f"[{me.get_name()}] done")
    return result


async def main():
    tasks = {}
    async with asyncio.TaskGroup() as tg:
        for n in (3, 5, 4):
            tasks[n] = tg.create_task(factorial(n), name=f"fact-{n}")
    for n, t in sorted(tasks.items()):
        print(t.get_name(), "->", t.result())


asyncio.run(main())
