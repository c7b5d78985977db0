# cancelling the shield's outer future after the inner finished changes nothing inside
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    return 'inner result'

async def main():
    t = asyncio.create_task(inner())
    outer = asyncio.shield(t)
    await asyncio.sleep(0.2)
    print('outer done:', outer.done(), 'cancel:', outer.cancel())
    print(await outer, t.result())
    t2 = asyncio.create_task(inner())
    outer2 = asyncio.shield(t2)
    print('cancel pending outer:', outer2.cancel())
    await asyncio.sleep(0.2)
    print(outer2.cancelled(), t2.result())

asyncio.run(main())
