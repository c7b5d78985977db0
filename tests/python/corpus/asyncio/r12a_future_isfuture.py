# test_futures: test_isfuture
import asyncio

class MyFuture:
    _asyncio_future_blocking = None
    def __init__(self):
        self._asyncio_future_blocking = False

class Fake:
    _asyncio_future_blocking = None

async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.isfuture(MyFuture))
    print(asyncio.isfuture(MyFuture()))
    print(asyncio.isfuture(Fake()))
    print(asyncio.isfuture(1))
    f = loop.create_future()
    print(asyncio.isfuture(f))
    t = asyncio.create_task(asyncio.sleep(0))
    print(asyncio.isfuture(t))
    await t
    f.cancel()

asyncio.run(main())
