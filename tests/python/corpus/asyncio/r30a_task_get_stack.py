# get_stack() of a suspended task lists its coroutine frames
import asyncio

async def inner():
    await asyncio.sleep(0.1)

async def outer():
    await inner()

async def main():
    t = asyncio.create_task(outer(), name="deep")
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    print(frames[0].f_lineno)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t.get_stack())
    print(t.get_coro().__name__, t.get_coro().cr_frame)

asyncio.run(main())
