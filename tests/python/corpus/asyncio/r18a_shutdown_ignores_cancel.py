# asyncio.run's shutdown waits for a task that ignores its cancellation
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn: ignoring the cancel')
    await asyncio.sleep(0.05)
    print('stubborn: finished late, cancelling =', asyncio.current_task().cancelling())
    return 'ignored'

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    print('main returns')

asyncio.run(main())
print('after run')
