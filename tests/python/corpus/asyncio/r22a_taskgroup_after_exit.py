# create_task on a TaskGroup that has finished raises RuntimeError.
import asyncio
import re

async def nothing():
    return None

async def main():
    tg = asyncio.TaskGroup()
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('before enter:', re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))
    async with tg:
        tg.create_task(nothing())
    coro2 = nothing()
    try:
        tg.create_task(coro2)
    except RuntimeError as e:
        print('after exit:', re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))
    coro.close(); coro2.close()

asyncio.run(main())
