# put_nowait on a full queue and get_nowait on an empty one raise QueueFull and QueueEmpty
import asyncio

async def main():
    q = asyncio.Queue(1)
    q.put_nowait('only')
    try:
        q.put_nowait('more')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e), isinstance(e, Exception))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    print(asyncio.QueueFull.__module__, asyncio.QueueEmpty.__mro__[1].__name__)

asyncio.run(main())
