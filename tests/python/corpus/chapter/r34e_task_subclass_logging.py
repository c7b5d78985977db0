# a Task subclass that prints when it finishes
import asyncio

class LoudTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        self.add_done_callback(lambda t: print('LoudTask done:', t.get_name(), t.result()))

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n * 2

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: LoudTask(coro, loop=loop, **kw))
    results = await asyncio.gather(worker(1), worker(2))
    print(results, type(asyncio.current_task()).__name__)

asyncio.run(main())
