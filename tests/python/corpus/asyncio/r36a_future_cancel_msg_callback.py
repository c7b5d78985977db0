# A done callback on a future cancelled with a message reads the message from the CancelledError
import asyncio


def inspect_fut(fut):
    print("cancelled:", fut.cancelled(), "done:", fut.done())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() raised", type(e).__name__, e.args)
    try:
        fut.exception()
    except asyncio.CancelledError as e:
        print("exception() raised with", e.args)


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(inspect_fut)
    print(fut.cancel("operator abort"), fut.cancel("again"))
    await asyncio.sleep(0)
    print(repr(fut))
    await fut


asyncio.run(main())
