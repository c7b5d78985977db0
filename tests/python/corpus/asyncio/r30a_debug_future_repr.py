# In debug mode a Future's and a Task's repr tell where they were created
import asyncio
import re

def clean(r):
    return re.sub(r"/[^ >]*/", "", r)

async def job():
    await asyncio.sleep(0.01)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(clean(repr(f)))
    t = asyncio.create_task(job(), name="dbg")
    print(clean(repr(t)))
    await t
    print(clean(repr(t)))
    h = loop.call_later(1, print)
    print(clean(repr(h)).split(" when=")[0])
    h.cancel()
    f.cancel()

asyncio.run(main(), debug=True)
