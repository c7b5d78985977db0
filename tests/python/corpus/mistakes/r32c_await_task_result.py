# Awaiting task.result() instead of the task itself.
import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    return "data"

async def main():
    t = asyncio.create_task(fetch())
    data = await t.result()
    print(data)

asyncio.run(main())
