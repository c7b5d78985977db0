# a coroutine object's attributes: name, qualname, code, running, await, origin
import asyncio

class Service:
    async def fetch(self):
        await asyncio.sleep(0)
        return 1

async def main():
    c = Service().fetch()
    print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running)
    print(c.cr_await, c.cr_origin)
    c.__name__ = 'renamed'
    print(c.__name__, c.__qualname__)
    print(await c, c.cr_await)
    print(type(c).__name__, type(c).__module__)

asyncio.run(main())
