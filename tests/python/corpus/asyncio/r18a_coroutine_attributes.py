# a coroutine's own attributes while it runs, waits and finishes
import asyncio

async def sleeper():
    await asyncio.sleep(0.01)
    return 'slept'

class Box:
    async def method(self):
        return 1

async def main():
    c = sleeper()
    print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print('while waiting:', type(c.cr_await).__name__, c.cr_running)
    print(await t, c.cr_await, c.cr_running)
    m = Box().method()
    print(m.__qualname__, asyncio.current_task().get_coro().cr_running)
    m.__name__ = 'renamed'
    print(m.__name__, m.__qualname__)
    await m
    print(type(c).__name__, type(sleeper).__name__, sleeper.__code__.co_flags & 0x80 != 0)

asyncio.run(main())
