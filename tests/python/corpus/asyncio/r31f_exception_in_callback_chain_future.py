# Chaining futures with callbacks: propagate a result or exception to a second future
import asyncio

def chain(src, dst):
    def _cb(f):
        if f.cancelled():
            dst.cancel()
        elif f.exception() is not None:
            dst.set_exception(f.exception())
        else:
            dst.set_result(f.result() * 2)
    src.add_done_callback(_cb)

async def main():
    loop = asyncio.get_running_loop()
    for action in ("result", "exception", "cancel"):
        a, b = loop.create_future(), loop.create_future()
        chain(a, b)
        if action == "result":
            loop.call_soon(a.set_result, 21)
        elif action == "exception":
            loop.call_soon(a.set_exception, ArithmeticError("overflow"))
        else:
            loop.call_soon(a.cancel)
        try:
            print(action, "->", await b)
        except ArithmeticError as e:
            print(action, "->", repr(e))
        except asyncio.CancelledError:
            print(action, "-> cancelled", b.cancelled())

asyncio.run(main())
