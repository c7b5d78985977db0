# A timeout around a TaskGroup: the finished child keeps its result, the other is cancelled, TimeoutError comes out
import asyncio
async def child(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise
async def main():
    try:
        async with asyncio.timeout(0.15):
            async with asyncio.TaskGroup() as tg:
                a = tg.create_task(child(0.1))
                b = tg.create_task(child(0.3))
    except TimeoutError as e:
        print('timeout', type(e.__context__).__name__, a.result(), b.cancelled())
    cur = asyncio.current_task()
    print('cancelling', cur.cancelling())
asyncio.run(main())
