# Which asyncio helpers create tasks? Watch the default Task-N names each helper gives.
import asyncio

async def who(tag):
    await asyncio.sleep(0)
    return f"{tag}: {asyncio.current_task().get_name()}"

async def main():
    print(await who("direct await"))
    print(await asyncio.gather(who("gather 1"), who("gather 2")))
    print(await asyncio.wait_for(who("wait_for"), 1))
    print(await asyncio.shield(who("shield")))
    for f in asyncio.as_completed([who("as_completed")]):
        print(await f)
    async with asyncio.timeout(1):
        print(await who("in timeout"))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(who("taskgroup"))
    print(t.result())
    print(await asyncio.create_task(who("create_task")))

asyncio.run(main())
