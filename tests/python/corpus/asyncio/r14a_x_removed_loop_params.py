# asyncio 3.10+: the loop parameter removed (TypeErrors), Task.all_tasks and asyncio.coroutine gone (AttributeErrors)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    tests = [
        lambda: asyncio.Queue(loop=loop),
        lambda: asyncio.Lock(loop=loop),
        lambda: asyncio.Event(loop=loop),
        lambda: asyncio.Semaphore(2, loop=loop),
        lambda: asyncio.Condition(loop=loop),
        lambda: asyncio.Barrier(2, loop=loop),
        lambda: asyncio.sleep(1, loop=loop),
        lambda: asyncio.gather(loop=loop),
        lambda: asyncio.wait_for(asyncio.sleep(0), 1, loop=loop),
        lambda: asyncio.Task.all_tasks(),
        lambda: asyncio.coroutine,
        lambda: asyncio.async_,
        lambda: asyncio.Task.current_task(),
        lambda: asyncio.ensure_future(asyncio.sleep(0), loop=None).cancel(),
        lambda: asyncio.TimeoutError is TimeoutError,
    ]
    for i, t in enumerate(tests):
        try:
            r = t()
            if asyncio.iscoroutine(r): r.close()
            print(i, 'ok', r if isinstance(r, bool) else type(r).__name__)
        except (TypeError, AttributeError) as e:
            print(i, type(e).__name__, e)
asyncio.run(main())
