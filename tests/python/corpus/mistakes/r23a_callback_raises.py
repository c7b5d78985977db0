import asyncio

def report(task):
    print("report for", task.get_name())
    total = task.result() + "!"
    print(total)

async def compute():
    await asyncio.sleep(0.01)
    return 41

async def main():
    task = asyncio.create_task(compute(), name="compute")
    task.add_done_callback(report)
    await task
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
