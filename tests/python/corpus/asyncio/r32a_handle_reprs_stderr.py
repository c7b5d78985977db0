# Handle and TimerHandle reprs (written to stderr so the script path is normalised)
import asyncio
import functools
import sys

def greet(name, punct="!"):
    pass

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(greet, "ann")
    th = loop.call_at(1e9, functools.partial(greet, "bob", punct="?"))
    print(repr(h), file=sys.stderr)
    print(repr(th), file=sys.stderr)
    th.cancel()
    print(repr(th), file=sys.stderr)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: None)
    print(repr(fut), file=sys.stderr)
    await asyncio.sleep(0)
    print("handle cancelled:", h.cancelled(), th.cancelled())

asyncio.run(main())
