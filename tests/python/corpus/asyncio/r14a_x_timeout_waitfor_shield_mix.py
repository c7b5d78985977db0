# test_timeouts/test_waitfor: wait_for inside a timeout and a timeout around wait_for, shield under a timeout, a swallowed cancel inside a timeout
import asyncio
async def main():
    me = asyncio.current_task()
    # wait_for inside timeout, inner expiry
    try:
        async with asyncio.timeout(1):
            await asyncio.wait_for(asyncio.sleep(1), 0.05)
    except TimeoutError as e:
        print('wait_for timeout inside timeout', me.cancelling())
    # timeout reaches while wait_for cancels
    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.wait_for(asyncio.sleep(1), 1)
    except TimeoutError:
        print('timeout outside wait_for', cm.expired(), me.cancelling())
    # shield inside timeout
    inner = asyncio.create_task(asyncio.sleep(0.1, 'inner result'))
    try:
        async with asyncio.timeout(0.05):
            await asyncio.shield(inner)
    except TimeoutError:
        print('shield timed out; inner alive', not inner.done())
    print(await inner)
    # cancel with uncancel inside timeout: 
    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('swallow in timeout; cancelling', me.cancelling())
            await asyncio.sleep(0)
        print('block exited normally')
    except TimeoutError:
        print('TimeoutError anyway')
    print(me.cancelling())
asyncio.run(main())
