# A Future's result() and exception() in each state, and setting it twice
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(call.__name__, "->", type(e).__name__, e)
    fut.set_result(5)
    try:
        fut.set_result(6)
    except asyncio.InvalidStateError as e:
        print("set twice:", e)
    print(fut.result(), fut.exception(), repr(fut))
    c = asyncio.get_running_loop().create_future()
    c.cancel("gone")
    try:
        c.exception()
    except asyncio.CancelledError as e:
        print("exception() of cancelled:", repr(e))
    print(repr(c), c.cancel())

asyncio.run(main())
