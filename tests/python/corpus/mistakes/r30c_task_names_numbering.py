# Which Task-N name does each worker get after various asyncio helpers?
import asyncio

async def who(tag):
    await asyncio.sleep(0)
    return f"{tag}:{asyncio.current_task().get_name()}"

async def main():
    print(await who("direct"))
    print(await asyncio.gather(who("g1"), who("g2")))
    print(await asyncio.wait_for(who("wait_for"), 1))
    print(await asyncio.shield(who("shield")))
    for fut in asyncio.as_completed([who("ac")]):
        print(await fut)
    async with asyncio.timeout(1):
        print(await who("timeout"))
    t = asyncio.ensure_future(who("ensure"))
    print(await t)
    print(await asyncio.create_task(who("created")))
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(who("tg"))
    print(x.result())
    print((await asyncio.wait([asyncio.create_task(who("wait"))]))[0].pop().result())

asyncio.run(main())
