# A duck-typed future (no asyncio.Future base) awaited by a task
import asyncio

class MiniFuture:
    _asyncio_future_blocking = False
    def __init__(self, loop):
        self._loop, self._cbs, self._done, self._value = loop, [], False, None
    def get_loop(self):
        return self._loop
    def add_done_callback(self, cb, *, context=None):
        self._cbs.append(cb)
    def done(self):
        return self._done
    def result(self):
        return self._value
    def cancel(self, msg=None):
        return False
    def resolve(self, v):
        self._done, self._value = True, v
        for cb in self._cbs:
            self._loop.call_soon(cb, self)
    def __await__(self):
        if not self._done:
            self._asyncio_future_blocking = True
            yield self
        return self.result()

async def main():
    loop = asyncio.get_running_loop()
    mf = MiniFuture(loop)
    loop.call_later(0.01, mf.resolve, "duck value")
    print(await mf)
    print(asyncio.isfuture(mf))

asyncio.run(main())
