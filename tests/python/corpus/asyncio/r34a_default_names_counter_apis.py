# Which asyncio helpers create hidden tasks: watching the default Task-N counter move
import asyncio


async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print("main:", asyncio.current_task().get_name())
    print("gather:", await asyncio.gather(who(), who()))
    print("wait_for:", await asyncio.wait_for(who(), 1))
    print("shield:", await asyncio.shield(who()))
    async with asyncio.timeout(1):
        print("timeout body:", await who())
    for aw in asyncio.as_completed([who()]):
        print("as_completed:", await aw)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(who())
    print("taskgroup:", t.result())
    print("next plain:", await asyncio.create_task(who()))


asyncio.run(main())
