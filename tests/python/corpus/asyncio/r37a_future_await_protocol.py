# Driving a Future's __await__ iterator by hand: it yields itself until done, then StopIteration carries the result
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__)
    print("first next yields the future itself:", next(it) is fut)
    print("blocking flag:", fut._asyncio_future_blocking)
    fut.set_result("payload")
    try:
        next(it)
    except StopIteration as stop:
        print("StopIteration value:", stop.value)
    print(list(fut.__await__()))
    done = loop.create_future()
    done.set_exception(KeyError("k"))
    try:
        next(iter(done))
    except KeyError as e:
        print("raised from __iter__:", repr(e))
    print(asyncio.isfuture(fut), asyncio.isfuture(it), asyncio.iscoroutine(it))


asyncio.run(main())
