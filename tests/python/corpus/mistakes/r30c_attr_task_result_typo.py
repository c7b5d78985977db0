# Asking a task for .results() instead of .result().
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    task = asyncio.create_task(job())
    await task
    print(task.results())

asyncio.run(main())
