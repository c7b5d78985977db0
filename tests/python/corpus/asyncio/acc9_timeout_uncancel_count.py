# cancelling() while a timeout fires, after it is converted, and with a pending outside cancel as well.
import asyncio

async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print('in finally, cancelling =', task.cancelling())
    except TimeoutError:
        print('TimeoutError; cancelling =', task.cancelling())
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                task.cancel()
                print('cancelled again inside; cancelling =', task.cancelling())
                raise
    except TimeoutError:
        print('TimeoutError (unexpected)')
    except asyncio.CancelledError:
        print('CancelledError passes; cancelling =', task.cancelling())
    print('uncancel ->', task.uncancel())

asyncio.run(main())
