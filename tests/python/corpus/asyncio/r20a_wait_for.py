# wait_for cancels the slow coroutine on timeout; a fast one returns its value.
import asyncio


async def slow(delay):
    try:
        await asyncio.sleep(delay)
        return delay
    except asyncio.CancelledError:
        print('slow({}) cancelled'.format(delay))
        raise


async def main():
    print(await asyncio.wait_for(slow(0.05), timeout=0.2))
    try:
        await asyncio.wait_for(slow(0.5), timeout=0.1)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e))


asyncio.run(main())
