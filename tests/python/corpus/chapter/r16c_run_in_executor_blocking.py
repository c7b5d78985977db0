# 34.4.1's time.sleep worker moved into run_in_executor so a ticker keeps going
import asyncio
import time

def blocking():
    time.sleep(0.35)
    return 42

async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.1)

async def do_something():
    loop = asyncio.get_running_loop()
    result, _ = await asyncio.gather(loop.run_in_executor(None, blocking), ticker())
    print('do_something - result:', result)

asyncio.run(do_something())
