# A task's coroutine keeps its function's name and qualname.
import asyncio

class Service:
    async def handle(self, n):
        await asyncio.sleep(0)
        return n

async def main():
    svc = Service()
    t = asyncio.create_task(svc.handle(3))
    coro = t.get_coro()
    print(coro.__name__, coro.__qualname__)
    print(asyncio.iscoroutine(coro), asyncio.isfuture(t), asyncio.isfuture(coro))
    print(await t)
    print(coro.cr_frame is None)
    main_coro = asyncio.current_task().get_coro()
    print(main_coro.__qualname__, main_coro.cr_running)

asyncio.run(main())
