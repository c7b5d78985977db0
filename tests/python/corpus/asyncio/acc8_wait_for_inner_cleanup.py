# wait_for's timeout cancels the inner coroutine: its cleanup runs before TimeoutError reaches the caller.
import asyncio

async def slow_op():
    try:
        await asyncio.sleep(1)
        return 'finished'
    except asyncio.CancelledError:
        print('slow_op: cancelled by wait_for')
        raise
    finally:
        print('slow_op: finally')

async def main():
    try:
        await asyncio.wait_for(slow_op(), timeout=0.02)
    except asyncio.TimeoutError:
        print('main: TimeoutError')
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'fast'), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'no limit'), timeout=None))

asyncio.run(main())
