# get_coro(), get_name(), set_name() and the Task-N names of tasks from create_task and gather.
import asyncio

async def job(n):
    await asyncio.sleep(0)
    return n * 2

class Worker:
    async def run(self):
        return 'w'

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__name__)
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2), name='second')
    t3 = asyncio.create_task(Worker().run())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    print(t1.get_coro().__qualname__, t3.get_coro().__qualname__)
    t1.set_name(42)
    print(repr(t1.get_name()))
    print(await asyncio.gather(t1, t2, t3, job(4)))
    t5 = asyncio.create_task(job(5))
    print(t5.get_name())
    await t5

asyncio.run(main())
