# the older style's cleanup: loop.run_until_complete(loop.shutdown_asyncgens()) closes the async generators left suspended (one a loop left by break, one kept in a global), a second call finding none, then shutdown_default_executor() and close()
import asyncio

async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, 'closed in', asyncio.current_task().get_name())

async def main():
    async for i in ticker('left'):
        if i == 2:
            break
    kept = [ticker('kept')]
    for g in kept:
        print(await g.__anext__())
    return kept

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    gens = loop.run_until_complete(main())
    print('main done')
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    print('asyncgens shut down')
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
print('closed')
