# Task names: set_name with non-strings, name= objects, the Task-N counter across runs, get_coro().
import asyncio

class Named:
    def __str__(self):
        return 'custom-str'

async def noop():
    pass

async def main():
    t = asyncio.create_task(noop(), name=Named())
    print(t.get_name())
    t.set_name(123)
    print(repr(t.get_name()))
    t.set_name(None)
    print(repr(t.get_name()))
    u = asyncio.create_task(noop())
    print(u.get_name() == 'Task-%d' % (int(u.get_name()[5:])), u.get_coro().__name__)
    await asyncio.gather(t, u)
    print(t.get_coro().cr_frame)
    print('get_context' in dir(t), hasattr(asyncio.Task, 'get_context'))

asyncio.run(main())
