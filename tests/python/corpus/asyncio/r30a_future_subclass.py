# A Future subclass that records every state change via overridden methods
import asyncio

class LoggingFuture(asyncio.Future):
    def set_result(self, result):
        print("set_result", result)
        super().set_result(result)

    def cancel(self, msg=None):
        print("cancel", msg)
        return super().cancel(msg=msg)

async def main():
    loop = asyncio.get_running_loop()
    f = LoggingFuture()
    loop.call_later(0.01, f.set_result, "payload")
    print(await f, type(f).__name__, isinstance(f, asyncio.Future))
    g = LoggingFuture()
    loop.call_later(0.01, g.cancel, "bye")
    try:
        await g
    except asyncio.CancelledError as e:
        print("awaiting g raised", repr(e))
    print(asyncio.isfuture(g), repr(g).startswith("<LoggingFuture cancelled"))

asyncio.run(main())
