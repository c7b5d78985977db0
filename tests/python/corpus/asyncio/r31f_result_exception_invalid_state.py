# result() and exception() on pending and cancelled tasks
import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(slow())
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(meth.__name__, "->", type(e).__name__, e)
    t.cancel("bye")
    await asyncio.sleep(0)
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "->", type(e).__name__, e.args)
    print(t.done(), t.cancelled())
    print(isinstance(asyncio.InvalidStateError(), Exception), asyncio.InvalidStateError.__mro__[1].__name__)

asyncio.run(main())
