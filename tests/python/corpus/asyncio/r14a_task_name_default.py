# test_tasks: set_name converts to str; the name appears in repr
import asyncio

async def f():
    return None

async def main():
    t = asyncio.create_task(f(), name=12345)
    print(repr(t.get_name()))
    t.set_name(('a', 1))
    print(t.get_name())
    t.set_name('renamed')
    print('renamed' in repr(t))
    await t
    u = asyncio.create_task(f())
    print(u.get_name().startswith('Task-'))
    await u

asyncio.run(main())
