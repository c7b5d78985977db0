# counting cancel requests on a task with cancelling() and uncancel()
import asyncio

async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(0.05)
            return 'finished'
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print('attempt', attempt, 'cancelling =', t.cancelling())
            t.uncancel()
    return 'gave up being cancelled'

async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(2):
        await asyncio.sleep(0.01)
        t.cancel()
    print(await t)

asyncio.run(main())
