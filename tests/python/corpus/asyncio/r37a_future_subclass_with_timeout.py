# A Future subclass that resolves itself with a default after a delay unless set earlier
import asyncio


class DefaultingFuture(asyncio.Future):
    def __init__(self, default, delay):
        super().__init__()
        self._handle = self.get_loop().call_later(delay, self._fallback, default)
        self.add_done_callback(lambda f: self._handle.cancel())

    def _fallback(self, default):
        if not self.done():
            self.set_result(default)


async def main():
    f1 = DefaultingFuture("fallback", 0.05)
    f2 = DefaultingFuture("fallback", 0.3)
    asyncio.get_running_loop().call_later(0.1, f2.set_result, "real answer")
    print(await f1)
    print(await f2)
    print("f2 handle cancelled:", f2._handle.cancelled())
    print(isinstance(f1, asyncio.Future), type(f1).__mro__[1].__name__)
    f3 = DefaultingFuture("x", 0.01)
    f3.set_result("early")
    f3.set_result("twice")


asyncio.run(main())
