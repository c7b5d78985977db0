import asyncio

def on_done(task):
    print("task finished, result:", task.result())

async def flaky():
    await asyncio.sleep(0.01)
    raise ConnectionError("server went away")

async def main():
    task = asyncio.create_task(flaky())
    task.add_done_callback(on_done)
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
