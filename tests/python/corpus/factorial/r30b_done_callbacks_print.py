# Each task gets a done callback that prints the result as soon as it is ready.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


def report(task):
    n = int(task.get_name().split("-")[1])
    if task.exception():
        print(f"{n}! failed: {task.exception()!r}")
    else:
        print(f"{n}! = {task.result()}")


async def main():
    tasks = []
    for n in [5, 2, 3]:
        t = asyncio.create_task(factorial(n), name=f"fact-{n}")
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.wait(tasks)
    print("all reported")


asyncio.run(main())
