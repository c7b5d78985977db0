# In debug mode a never-retrieved task exception also shows where the task was created.
import asyncio


async def fails():
    raise ValueError('nobody looked')


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.01)


asyncio.run(main(), debug=True)
