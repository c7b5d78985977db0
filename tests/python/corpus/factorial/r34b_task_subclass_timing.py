# Subclassing asyncio.Task to remember how many steps each factorial task took.
import asyncio


class CountingTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.label = f"counting:{coro.__name__}"


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: CountingTask(coro, loop=loop, **kw))
    t = asyncio.create_task(factorial(6))
    print(type(t).__name__, t.label, isinstance(t, asyncio.Task))
    print(await t)
    print(type(asyncio.current_task()).__name__)


asyncio.run(main())
