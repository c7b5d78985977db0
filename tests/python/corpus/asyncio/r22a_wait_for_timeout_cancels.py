# wait_for cancels the inner task on timeout, then raises TimeoutError.
import asyncio

async def slow(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('inner cancelled')
        raise
    finally:
        log.append('inner finally')

async def main():
    log = []
    t = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(t, timeout=0.05)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e) is TimeoutError, repr(e))
        print('cause:', type(e.__cause__).__name__)
    print(log)
    print('task cancelled:', t.cancelled())

asyncio.run(main())
