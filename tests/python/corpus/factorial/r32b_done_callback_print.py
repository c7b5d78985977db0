# Done callbacks print each factorial as its task completes.
import asyncio


def report(task):
    n = int(task.get_name().split("-")[1])
    print(f"callback: {n}! = {task.result()}")


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def main():
    tasks = []
    for n in [3, 1, 5]:
        t = asyncio.create_task(factorial(n), name=f"fact-{n}")
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.wait(tasks)
    print("all done")


asyncio.run(main())
