# A Future subclass counts set_result calls and reports how it finished through a done callback
import asyncio


class TrackedFuture(asyncio.Future):
    created = 0

    def __init__(self, *, loop=None, label="?"):
        super().__init__(loop=loop)
        TrackedFuture.created += 1
        self.label = label
        self.add_done_callback(self._report)

    def _report(self, fut):
        state = "cancelled" if fut.cancelled() else f"result={fut.result()!r}"
        print(f"[{self.label}] {state}")


async def main():
    loop = asyncio.get_running_loop()
    a = TrackedFuture(loop=loop, label="a")
    b = TrackedFuture(loop=loop, label="b")
    loop.call_later(0.02, a.set_result, "first")
    loop.call_later(0.2, b.cancel)
    print(await a)
    try:
        await b
    except asyncio.CancelledError:
        print("b was cancelled")
    print("created", TrackedFuture.created, isinstance(a, asyncio.Future))
    print(asyncio.isfuture(a), type(a).__mro__[1].__name__)


asyncio.run(main())
