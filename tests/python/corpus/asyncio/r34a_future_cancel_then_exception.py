# A cancelled Future: exception() and result() both raise CancelledError carrying the message
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.cancel("shutting down"))
    print(fut.cancel("again"))
    print("cancelled:", fut.cancelled(), "done:", fut.done())
    for meth in (fut.exception, fut.result):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "->", repr(e))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await fut


asyncio.run(main())
