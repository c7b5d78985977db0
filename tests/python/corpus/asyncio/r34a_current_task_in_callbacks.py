# current_task() inside a coroutine, a done callback, a call_soon callback and a nested await
import asyncio


def in_callback(tag):
    t = asyncio.current_task()
    print(tag, "current task:", None if t is None else t.get_name())


async def inner():
    return asyncio.current_task().get_name()


async def outer():
    name = await inner()
    print("outer awaited inner, name:", name)
    in_callback("called directly from task")
    return name


async def main():
    asyncio.current_task().set_name("MAIN")
    t = asyncio.create_task(outer(), name="worker")
    t.add_done_callback(lambda _: in_callback("done callback"))
    asyncio.get_running_loop().call_soon(in_callback, "call_soon")
    print("gathered:", await t)
    await asyncio.sleep(0)
    print("main is", asyncio.current_task().get_name())


asyncio.run(main())
