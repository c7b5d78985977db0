# Cancelling the task that is inside wait_for cancels the inner coroutine and raises CancelledError, not TimeoutError
import asyncio


async def inner(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def outer(log):
    try:
        await asyncio.wait_for(inner(log), timeout=0.5)
    except asyncio.TimeoutError:
        log.append("timeout (wrong)")
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    log = []
    t = asyncio.create_task(outer(log))
    await asyncio.sleep(0.02)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, t.cancelled())


asyncio.run(main())
