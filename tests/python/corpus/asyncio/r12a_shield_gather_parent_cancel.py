# test_tasks: test_shield_gather -- cancelling the task awaiting a shield
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    child1 = loop.create_future()
    child2 = loop.create_future()
    parent = asyncio.gather(child1, child2)
    outer = asyncio.shield(parent)
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.sleep(0)
    print(outer.cancelled(), parent.cancelled())
    child1.set_result(1)
    child2.set_result(2)
    print(await parent)

asyncio.run(main())
