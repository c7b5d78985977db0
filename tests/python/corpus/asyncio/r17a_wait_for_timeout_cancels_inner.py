# wait_for cancels the inner coroutine on timeout and raises TimeoutError
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow was cancelled')
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except asyncio.TimeoutError as e:
        print('timeout:', type(e).__name__, e.args)
        print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'in time'), timeout=1))

asyncio.run(main())
