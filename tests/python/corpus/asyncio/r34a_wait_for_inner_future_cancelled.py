# wait_for on a bare Future that times out: the Future itself ends up cancelled
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled =", f.cancelled()))
    try:
        await asyncio.wait_for(fut, timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.__class__ is TimeoutError)
    await asyncio.sleep(0)
    print("fut cancelled:", fut.cancelled())
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, "quick")
    print(await asyncio.wait_for(fut2, timeout=0.5))
    print(await asyncio.wait_for(asyncio.sleep(0.01, "none timeout"), None))


asyncio.run(main())
