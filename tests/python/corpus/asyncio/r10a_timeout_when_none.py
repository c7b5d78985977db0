import asyncio

async def main():
    async with asyncio.timeout(None) as cm:
        print('when', cm.when())
        await asyncio.sleep(0.01)
        print('expired', cm.expired())
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.5) as cm:
        delta = cm.when() - loop.time()
        print('deadline within 0.5s:', 0.4 < delta <= 0.5)
        cm.reschedule(None)
        print('after reschedule(None):', cm.when())
        await asyncio.sleep(0.01)
    print('done')

asyncio.run(main())
