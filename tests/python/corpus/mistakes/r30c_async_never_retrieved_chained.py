# A background task fails with a chained error that nobody retrieves.
import asyncio

async def load(path):
    try:
        return {"a": 1}[path]
    except KeyError as e:
        raise FileNotFoundError(f"no such config: {path}") from e

async def main():
    task = asyncio.create_task(load("settings.ini"))
    await asyncio.sleep(0.01)
    print("task done:", task.done())
    del task
    print("dropped the task")

asyncio.run(main())
