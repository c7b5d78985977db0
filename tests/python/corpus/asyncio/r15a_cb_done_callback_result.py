# add_done_callback on tasks: callbacks get the task, read its result or exception
import asyncio

def report(task):
    if task.cancelled():
        print(task.get_name(), "was cancelled")
    elif task.exception():
        print(task.get_name(), "failed:", repr(task.exception()))
    else:
        print(task.get_name(), "returned", task.result())

async def work(x):
    await asyncio.sleep(0.01 * x)
    return 10 / x

async def main():
    tasks = [asyncio.create_task(work(x), name=f"work({x})") for x in (2, 0, 5)]
    for t in tasks:
        t.add_done_callback(report)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0)

asyncio.run(main())
