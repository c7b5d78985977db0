# a gather's children show its done callback in their reprs while pending;
# in debug mode, where tasks and futures were made
import asyncio


async def f():
    await asyncio.sleep(0.1)


def s(x):
    return repr(x).replace(__file__, 'F')


async def main():
    g = asyncio.gather(f(), f())
    await asyncio.sleep(0)
    print(sorted(s(t) for t in asyncio.all_tasks() if t is not asyncio.current_task()))
    f2 = asyncio.ensure_future(f())
    print(s(f2))
    async with asyncio.TaskGroup() as tg:
        print(s(tg.create_task(f())))
    t3 = asyncio.get_running_loop().create_task(f())
    print(s(t3))
    await g
    await f2
    await t3
    print(s(f2))


asyncio.run(main())
asyncio.run(main(), debug=True)
