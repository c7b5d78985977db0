# An error three awaits deep in a task reaches the top through asyncio.run: the whole chain in the traceback.
import asyncio

async def parse(text):
    return int(text)

async def load(text):
    value = await parse(text)
    return value * 2

async def handler():
    await asyncio.sleep(0.01)
    return await load('twelve')

async def main():
    task = asyncio.create_task(handler())
    print('waiting')
    print(await task)

asyncio.run(main())
