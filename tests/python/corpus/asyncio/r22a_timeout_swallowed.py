# If the body swallows the timeout's cancellation, no TimeoutError is raised.
import asyncio

async def main():
    async with asyncio.timeout(0.02) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('body caught the cancellation')
    print('left the block normally; expired:', cm.expired())
    print('cancelling:', asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print('main still runs')

asyncio.run(main())
# (end of the program)
