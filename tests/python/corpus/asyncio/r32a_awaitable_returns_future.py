# __await__ returning a Future's iterator directly (fut.__await__())
import asyncio

class Deferred:
    def __init__(self):
        self.fut = asyncio.get_running_loop().create_future()
    def __await__(self):
        return self.fut.__await__()
    def fire(self, v):
        self.fut.set_result(v)

async def main():
    d = Deferred()
    asyncio.get_running_loop().call_later(0.01, d.fire, "fired")
    print(await d)
    d2 = Deferred()
    t = asyncio.ensure_future(d2)
    d2.fire(99)
    print(await t, type(t).__name__)

asyncio.run(main())
