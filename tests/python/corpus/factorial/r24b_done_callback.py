import asyncio

def report(task):
    name = task.get_name()
    if task.exception() is not None:
        print(f"{name} failed: {task.exception()!r}")
    else:
        print(f"{name} finished with {task.result()}")

async def factorial(n):
    if n < 0:
        raise ValueError("negative")
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def main():
    tasks = []
    for n in (4, -1, 2):
        t = asyncio.create_task(factorial(n), name=f"factorial({n})")
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
