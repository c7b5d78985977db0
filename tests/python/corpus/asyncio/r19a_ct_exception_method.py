# Task.exception(): returned, raising CancelledError for cancelled tasks
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ZeroDivisionError("division by zero, deliberately")

async def main():
    t = asyncio.create_task(fail())
    await asyncio.wait([t])
    exc = t.exception()
    print(type(exc).__name__, exc, exc.__traceback__ is not None)
    try:
        t.result()
    except ZeroDivisionError as e:
        print("result() raised the same object:", e is exc)
    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    c.cancel("because")
    await asyncio.wait([c])
    for meth in (c.exception, c.result):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "raised CancelledError", e.args)

asyncio.run(main())
