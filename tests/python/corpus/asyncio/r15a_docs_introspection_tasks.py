# current_task() and all_tasks() as the docs describe them, with named tasks
import asyncio

async def worker(n):
    me = asyncio.current_task()
    await asyncio.sleep(0.05 * n)
    return f"{me.get_name()} finished"

async def main():
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(1, 4)]
    print("current:", asyncio.current_task().get_name() == "Task-1")
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names)
    for t in tasks:
        print(await t)
    print("left:", len(asyncio.all_tasks()))

asyncio.run(main())
