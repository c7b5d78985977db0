# gi_frame, cr_frame and ag_frame are None once the generator, coroutine or async generator finishes
import asyncio

def gen():
    yield 1

async def coro():
    return 2

async def agen():
    yield 3

async def main():
    g = gen()
    list(g)
    c = coro()
    await c
    a = agen()
    async for _ in a:
        pass
    print(g.gi_frame, c.cr_frame, a.ag_frame)
    print(g.gi_running, c.cr_running, a.ag_running)

asyncio.run(main())
