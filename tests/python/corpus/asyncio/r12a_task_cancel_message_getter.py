# test_tasks: test_cancel_with_message_then_future_exception / result
import asyncio

async def main():
    for how in ("result", "exception", "await"):
        async def sleeper():
            await asyncio.sleep(10)
        t = asyncio.create_task(sleeper())
        await asyncio.sleep(0)
        t.cancel(f"msg-{how}")
        await asyncio.sleep(0)
        try:
            if how == "result":
                t.result()
            elif how == "exception":
                t.exception()
            else:
                await t
        except asyncio.CancelledError as e:
            print(how, "->", repr(e))

asyncio.run(main())
