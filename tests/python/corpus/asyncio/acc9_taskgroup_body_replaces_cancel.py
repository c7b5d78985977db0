# A child fails while the body waits; the body catches its cancellation and raises its own error: both in the group.
import asyncio

async def bad():
    raise ZeroDivisionError('child')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('body cancelled; raising ValueError instead')
                raise ValueError('body')
    except* ZeroDivisionError as eg:
        print('zero:', [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print('value:', [str(e) for e in eg.exceptions])
    print('cancelling:', asyncio.current_task().cancelling())

asyncio.run(main())
