# Awaiting task.result() after the task has finished: the string is not awaitable.
import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    return "data"

async def main():
    t = asyncio.create_task(fetch())
    await asyncio.sleep(0.03)
    print(t.done(), t.result())
    data = await t.result()
    print(data)

asyncio.run(main())
