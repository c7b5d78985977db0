# _must_cancel and _cancel_message through a task's life (test_tasks' cancel tests)
import asyncio
async def yielder():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
async def sleeper():
    await asyncio.sleep(1)
async def waiter(f):
    try:
        await f
    except asyncio.CancelledError:
        print("w inside", asyncio.current_task()._must_cancel)
        asyncio.current_task().cancel("again")
        print("w after self-cancel", asyncio.current_task()._must_cancel, asyncio.current_task()._cancel_message)
        await asyncio.sleep(0)
async def main():
    loop = asyncio.get_running_loop()
    for coro in (yielder(), sleeper()):
        t = asyncio.create_task(coro)
        print("before start", t._must_cancel)
        await asyncio.sleep(0)
        t.cancel("m")
        print("after cancel", t._must_cancel, t._cancel_message)
        await asyncio.gather(t, return_exceptions=True)
        print("done", t._must_cancel, t.cancelled())
    f = loop.create_future()
    t = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    f.set_result(1)
    t.cancel()
    print("ready task", t._must_cancel)
    print([repr(x) for x in await asyncio.gather(t, return_exceptions=True)])
    f2 = loop.create_future()
    t = asyncio.create_task(waiter(f2))
    await asyncio.sleep(0)
    t.cancel()
    print("waiting", t._must_cancel)
    print(await asyncio.gather(t, return_exceptions=True), t._must_cancel)
asyncio.run(main())
