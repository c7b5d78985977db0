# a reviewer cleans the addresses out of reprs of asyncio objects
import asyncio
import re

ADDR = re.compile(r'0x[0-9a-f]+')
PLACE = re.compile(r'(running|done|defined) at \S+?(\w+\.py):(\d+)')


def clean(x):
    return PLACE.sub(r'\1 at \2:\3', ADDR.sub('0x...', repr(x)))


async def work(n):
    await asyncio.sleep(n / 100)
    return n


async def main():
    t = asyncio.create_task(work(1), name='worker')
    print(re.sub(r'0x[0-9a-f]+', '0x...', PLACE.sub(r'\1 at FILE:\3', repr(t))))
    print(clean(work))
    coro = work(2)
    print(clean(coro))
    await coro
    await t
    print(clean(t))
    fut = asyncio.get_running_loop().create_future()
    print(clean(fut))
    fut.set_result(3)
    print(clean(fut))
    print(clean(asyncio.Lock()), clean(asyncio.Event()))
    q = asyncio.Queue()
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(q)))
    print(bool(ADDR.search(repr(object()))), ADDR.findall('none here'))
    print(re.sub(r'<(\w+) object at 0x[0-9a-f]+>', r'<\1>', repr([object(), object()])))

asyncio.run(main())
