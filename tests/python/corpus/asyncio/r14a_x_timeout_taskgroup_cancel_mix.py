# test_timeouts/test_taskgroups: a timeout around a TaskGroup, a child raising while cancelled, main cancelled from a child
import asyncio
async def main():
    # timeout inside taskgroup inside timeout
    async def slow(): await asyncio.sleep(1)
    try:
        async with asyncio.timeout(0.1) as outer:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow())
                tg.create_task(slow())
    except TimeoutError:
        print('outer timeout', outer.expired(), asyncio.current_task().cancelling())
    # TaskGroup where child raises during cancellation
    async def bad_on_cancel():
        try: await asyncio.sleep(1)
        except asyncio.CancelledError: raise KeyError('during cancel')
    async def fails():
        await asyncio.sleep(0.01); raise ValueError('first')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad_on_cancel())
            tg.create_task(fails())
    except ExceptionGroup as eg:
        print(sorted(repr(e) for e in eg.exceptions))
    # cancel the main from inside taskgroup child
    me = asyncio.current_task()
    async def canceller():
        await asyncio.sleep(0.01); me.cancel()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(canceller())
            tg.create_task(slow())
    except asyncio.CancelledError:
        print('main cancelled through group', me.cancelling())
        me.uncancel()
    print('end', me.cancelling())
asyncio.run(main())
