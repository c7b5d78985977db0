# A Future subclass counts add_done_callback calls; gather, wait and a Task awaiting it all register
import asyncio


class CountingFuture(asyncio.Future):
    def __init__(self, label, **kw):
        super().__init__(**kw)
        self.label = label
        self.registered = 0

    def add_done_callback(self, fn, *, context=None):
        self.registered += 1
        return super().add_done_callback(fn, context=context)


async def main():
    loop = asyncio.get_running_loop()
    futs = [CountingFuture(f"f{i}", loop=loop) for i in range(2)]
    g = asyncio.gather(*futs)
    w = asyncio.create_task(asyncio.wait(futs))
    await asyncio.sleep(0)
    for i, f in enumerate(futs):
        loop.call_later(0.01 * (i + 1), f.set_result, i)
    print(await g)
    await w
    print([(f.label, f.registered) for f in futs])


asyncio.run(main())
