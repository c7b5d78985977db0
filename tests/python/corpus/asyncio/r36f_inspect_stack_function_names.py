# inspect.stack() inside nested coroutines, filtered to this file's frames.
import asyncio
import inspect
import os

ME = os.path.basename(__file__)

def where():
    return [f.function for f in inspect.stack() if os.path.basename(f.filename) == ME]

async def level2():
    await asyncio.sleep(0)
    return where()

async def level1():
    return await level2()

async def main():
    print(await level1())
    print(await asyncio.create_task(level1()))
    print(await asyncio.gather(level2()))

asyncio.run(main())
print(where())
