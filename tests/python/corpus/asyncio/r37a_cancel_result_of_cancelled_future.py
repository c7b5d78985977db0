# What result(), exception() and await raise for futures cancelled with and without a message
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    plain = loop.create_future()
    plain.cancel()
    msg = loop.create_future()
    msg.cancel(msg="stopped by user")
    for name, fut in (("plain", plain), ("msg", msg)):
        for what in ("result", "exception"):
            try:
                getattr(fut, what)()
            except asyncio.CancelledError as e:
                print(name, what, "->", repr(e))
        try:
            await fut
        except asyncio.CancelledError as e:
            print(name, "await ->", e.args)
    print(plain.cancel(), msg.cancel("again"))
    await msg


asyncio.run(main())
