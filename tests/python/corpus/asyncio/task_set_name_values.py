# Task names: the default Task-N counter, name= and set_name() of values that are not strings (stored as str()).
import asyncio

async def job():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(job())
    b = asyncio.create_task(job(), name=42)
    c = asyncio.create_task(job(), name=None)
    print(a.get_name(), repr(b.get_name()), c.get_name())
    a.set_name(('tuple', 1))
    c.set_name(3.5)
    print(repr(a.get_name()), repr(c.get_name()))
    print(await asyncio.gather(a, b, c))
    d = asyncio.create_task(job())
    print('next default:', d.get_name())
    await d
    d.set_name('renamed after done')
    print(d.get_name(), d.done())

asyncio.run(main())
print('a second run starts again at', asyncio.run(job()))
