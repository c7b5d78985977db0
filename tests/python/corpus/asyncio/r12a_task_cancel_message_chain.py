# test_tasks: test_cancel_with_message_then_future_result and the __context__ chain
import asyncio

async def sleep():
    await asyncio.sleep(10)

async def coro():
    task = asyncio.create_task(sleep())
    await asyncio.sleep(0)
    task.cancel("my message")
    await task

async def main():
    t = asyncio.create_task(coro())
    try:
        await t
    except asyncio.CancelledError as exc:
        depth = 0
        e = exc
        while e is not None:
            print(depth, type(e).__name__, e.args)
            e = e.__context__
            depth += 1
    print("t.cancelled():", t.cancelled())

asyncio.run(main())
