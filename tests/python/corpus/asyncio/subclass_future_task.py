# a Future and a Task of classes of one's own: an overridden set_result, an __init__ adding state, a task factory
import asyncio
class MyFuture(asyncio.Future):
    def set_result(self, r):
        print('setting', r)
        super().set_result(r)
class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.extra = 'x'
async def work(n):
    await asyncio.sleep(0.01)
    return n * 2
async def main():
    loop = asyncio.get_running_loop()
    f = MyFuture()
    loop.call_soon(f.set_result, 5)
    print(await f, type(f).__name__, isinstance(f, asyncio.Future))
    t = MyTask(work(3), name='mine')
    print(await t, t.extra, t.get_name(), type(t).__name__, isinstance(t, asyncio.Task))
    loop.set_task_factory(lambda l, c, **kw: MyTask(c, loop=l, **kw))
    t2 = asyncio.create_task(work(4))
    print(type(t2).__name__, await t2)
    print(asyncio.isfuture(f), asyncio.isfuture(t2))
    loop.set_task_factory(None)
asyncio.run(main())
