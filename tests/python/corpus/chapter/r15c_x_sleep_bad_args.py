# asyncio.sleep and time.sleep given bad delays
import asyncio
import time

async def do_something():
    await asyncio.sleep(-1)
    print('negative asyncio.sleep returns at once')
    print(await asyncio.sleep(0, result='zero'))
    try:
        time.sleep(-1)
    except ValueError as e:
        print('ValueError:', e)
    try:
        time.sleep('1')
    except TypeError as e:
        print('TypeError:', e)
    await asyncio.sleep('0.1')

asyncio.run(do_something())
