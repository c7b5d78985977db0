# Default task names: which helpers create tasks (and use up Task-N numbers)?
import asyncio

async def whoami():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print("main:", asyncio.current_task().get_name())
    print("create_task:", await asyncio.create_task(whoami()))
    print("gather:", await asyncio.gather(whoami(), whoami()))
    print("wait_for:", await asyncio.wait_for(whoami(), 1))
    print("shield:", await asyncio.shield(whoami()))
    print("ensure_future:", await asyncio.ensure_future(whoami()))
    for f in asyncio.as_completed([whoami()]):
        print("as_completed:", await f)
    async with asyncio.timeout(1):
        print("timeout:", await whoami())
    print("plain await:", await whoami())

asyncio.run(main())
asyncio.run(main())
