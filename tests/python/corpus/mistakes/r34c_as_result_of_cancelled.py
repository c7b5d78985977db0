# Reading the result of a task I had cancelled for taking too long
import asyncio

async def slow_query():
    await asyncio.sleep(1)
    return "rows"

async def main():
    task = asyncio.create_task(slow_query())
    await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.sleep(0.01)
    print("cancelled?", task.cancelled())
    print(task.result())

asyncio.run(main())
