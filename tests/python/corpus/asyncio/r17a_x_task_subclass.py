# a Task subclass that records its result through a done callback
import asyncio

class LoggedTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.add_done_callback(lambda t: print('finished', t.get_name(), t.result()))

async def work(n):
    await asyncio.sleep(0.01 * n)
    return n * n

async def main():
    loop = asyncio.get_running_loop()
    ts = [LoggedTask(work(n), loop=loop, name=f'w{n}') for n in (2, 1)]
    print(isinstance(ts[0], asyncio.Task), type(ts[0]).__name__)
    print(await asyncio.gather(*ts))

asyncio.run(main())
