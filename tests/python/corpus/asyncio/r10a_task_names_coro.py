import asyncio

async def job(n):
    await asyncio.sleep(0)
    return n

async def main():
    t = asyncio.create_task(job(1))
    print(t.get_name().startswith('Task-'))
    t.set_name('renamed')
    print(t.get_name())
    t.set_name(42)
    print(repr(t.get_name()))
    c = t.get_coro()
    print(c.__qualname__, c.cr_code.co_name, asyncio.iscoroutine(c))
    await t
    print(t.get_coro() is c, c.cr_frame)
    print(asyncio.current_task().get_name())

asyncio.run(main())
