# current_task() is the same Task through nested awaits, different inside gather's children
import asyncio


async def depth3():
    return asyncio.current_task().get_name()


async def depth2():
    return await depth3()


async def depth1():
    return await depth2()


async def main():
    me = asyncio.current_task()
    me.set_name("main-task")
    print(await depth1())
    print(await asyncio.gather(depth1(), depth2(), depth3()))
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    t = asyncio.create_task(depth1(), name="explicit")
    print(await t, me in asyncio.all_tasks(), t in asyncio.all_tasks())


asyncio.run(main())
