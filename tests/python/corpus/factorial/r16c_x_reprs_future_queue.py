# The reprs a learner prints: a Future's states, a Queue's str, exceptions' types
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.set_result(120)
    print(fut, fut.result())
    bad = loop.create_future()
    bad.set_exception(ValueError('negative'))
    print(bad)
    bad.exception()
    c = loop.create_future()
    c.cancel()
    print(c)
    q = asyncio.Queue(maxsize=3)
    for n in (5, 7):
        q.put_nowait(n)
    print(str(q))
    print(asyncio.TimeoutError, asyncio.CancelledError, asyncio.InvalidStateError)
    print(repr(asyncio.CancelledError()), repr(asyncio.TimeoutError()))

asyncio.run(main())
