# tasks named after their number, reported by a done callback
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
        await asyncio.sleep(0.1)
    return f

def report(task):
    print(f"{task.get_name()} done: {task.result()}")

async def main():
    tasks = []
    for n in [3, 1, 4]:
        t = asyncio.create_task(factorial(n), name=f"fact-{n}")
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.wait(tasks)
    print([t.get_name() for t in tasks])

asyncio.run(main())
