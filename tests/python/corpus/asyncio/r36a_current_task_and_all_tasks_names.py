# current_task() inside tasks, callbacks and after await; all_tasks() names sorted
import asyncio


def cb():
    print("in callback current_task:", asyncio.current_task())


async def named(i):
    await asyncio.sleep(0.01 * i)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    me.set_name("the-main")
    tasks = [asyncio.create_task(named(i), name=f"n{i}") for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    asyncio.get_running_loop().call_soon(cb)
    print(await asyncio.gather(*tasks))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me, me.get_name())


asyncio.run(main())
