# sleep(0) and negative sleeps yield once and return at once; sleep's result; sleep(0) lets other tasks run.
import asyncio

async def other(log):
    log.append('other ran')

async def main():
    loop = asyncio.get_running_loop()
    log = []
    asyncio.create_task(other(log))
    start = loop.time()
    print(await asyncio.sleep(-5, 'negative'))
    print(log)
    print(await asyncio.sleep(0), await asyncio.sleep(0.0, result=[1]))
    print('quick:', loop.time() - start < 0.5)
    c = asyncio.sleep(0)
    print(type(c).__name__, asyncio.iscoroutine(c))
    await c

asyncio.run(main())
