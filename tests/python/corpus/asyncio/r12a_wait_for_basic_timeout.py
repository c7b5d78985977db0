# test_waitfor: test_wait_for / the inner task is cancelled on timeout
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    foo_running = None

    async def foo():
        nonlocal foo_running
        foo_running = True
        try:
            await asyncio.sleep(10)
        finally:
            foo_running = False
        return "done"

    fut = asyncio.create_task(foo())
    try:
        await asyncio.wait_for(fut, 0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", e.args, type(e).__mro__[1].__name__)
    print(fut.done(), fut.cancelled(), foo_running)
    print(await asyncio.wait_for(asyncio.sleep(0.01, "fast"), 1))

asyncio.run(main())
