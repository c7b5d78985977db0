# repr() of tasks and futures with callbacks, directories cut off by a regex.
import asyncio
import re

def short(obj):
    return re.sub(r'(at|defined at) /\S*/', r'\1 ', repr(obj))

async def job(x):
    await asyncio.sleep(0.01)
    return x * 2

def on_done(fut):
    pass

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job(21), name='doubler')
    await asyncio.sleep(0)
    print(short(t))
    await t
    print(short(t))
    f = loop.create_future()
    f.add_done_callback(on_done)
    print(short(f))
    f.add_done_callback(on_done)
    f.add_done_callback(print)
    print(short(f))
    f.cancel()
    print(short(f))

asyncio.run(main())
