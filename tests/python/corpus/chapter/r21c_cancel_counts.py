# cancelling() and uncancel() counts on a task cancelled twice.
import asyncio

async def stubborn():
    for attempt in range(3):
        try:
            await asyncio.sleep(0.3)
            return f'finished on attempt {attempt}'
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print('cancelled; cancelling() =', t.cancelling())
            print('uncancel ->', t.uncancel())

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.1)
    t.cancel(); t.cancel()
    print(await t)
    print('cancel on done task:', t.cancel())

asyncio.run(main())
