# Tasks named after their number; done callbacks print the results.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

def report(task):
    print(f"{task.get_name()} finished: {task.result()}")

async def main():
    tasks = []
    for n in [4, 2, 3]:
        t = asyncio.create_task(factorial(n), name=f"factorial-{n}")
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.sleep(0.3)
    print([t.done() for t in tasks])

asyncio.run(main())
