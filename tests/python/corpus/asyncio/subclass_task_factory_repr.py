# a Task subclass counting its tasks through a task factory, a Future subclass with its own repr, their failures
import asyncio
class Tracked(asyncio.Task):
    count = 0
    def __init__(self, coro, **kw):
        super().__init__(coro, **kw)
        Tracked.count += 1
        self.add_done_callback(lambda t: print('done', t.get_name()))
class Box(asyncio.Future):
    def __init__(self, label):
        super().__init__()
        self.label = label
    def __repr__(self):
        return f'Box({self.label}, done={self.done()})'
async def boom():
    await asyncio.sleep(0)
    raise ValueError('bad')
async def ok(x):
    await asyncio.sleep(0.01)
    return x
async def main():
    loop = asyncio.get_running_loop()
    b = Box('a')
    print(b)
    loop.call_later(0.01, b.set_result, 42)
    print(await b, b)
    t = Tracked(ok(1), name='t1')
    print(repr(t).split(' coro=')[0])
    print(await t, repr(t).split(' coro=')[0])
    loop.set_task_factory(lambda l, c, **kw: Tracked(c, **kw))
    r = await asyncio.gather(ok(2), ok(3))
    print(r, Tracked.count)
    t2 = asyncio.create_task(boom())
    try:
        await t2
    except ValueError as e:
        print('caught', e, repr(t2).split(' coro=')[0])
    t3 = asyncio.create_task(ok(9))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print('cancelled', t3.cancelled(), repr(t3).split(' coro=')[0])
    print(isinstance(t3, asyncio.Task), type(t3).__mro__)
    loop.set_task_factory(None)
    x = Tracked(boom())
    await asyncio.sleep(0.1)
    del x
    print('end')
asyncio.run(main())
