# wait_for inside asyncio.timeout and the other way round: which deadline wins and what is raised where.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('  slow cancelled')
        raise
    return 'slow done'

async def main():
    print('wait_for(5) inside timeout(0.05):')
    try:
        async with asyncio.timeout(0.05):
            await asyncio.wait_for(slow(), 5)
    except TimeoutError as e:
        print('  caught outside:', type(e).__name__)
    print('wait_for(0.05) inside timeout(5):')
    async with asyncio.timeout(5) as cm:
        try:
            await asyncio.wait_for(slow(), 0.05)
        except asyncio.TimeoutError as e:
            print('  caught inside:', type(e).__name__, type(e.__cause__).__name__)
    print('  outer expired:', cm.expired())
    print('wait_for(0.05) of a timeout(5) block in a coroutine:')
    async def guarded():
        async with asyncio.timeout(5):
            return await slow()
    try:
        await asyncio.wait_for(guarded(), 0.05)
    except TimeoutError:
        print('  TimeoutError from wait_for')

asyncio.run(main())
