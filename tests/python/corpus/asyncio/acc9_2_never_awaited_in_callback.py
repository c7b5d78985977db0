# A coroutine called in a callback but never awaited: the warning points at the callback's line.
# (call_soon(job) itself is accepted outside debug mode, and its warning names asyncio's own events.py.)
import asyncio

async def job():
    print('job ran')

def callback():
    job()
    print('callback done')

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main done')

asyncio.run(main())
