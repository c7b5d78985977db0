# What awaiting a Future does underneath: step its __await__ iterator by hand, then resolve it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    yielded = next(it)
    print("yielded the future itself:", yielded is fut, fut._asyncio_future_blocking)
    fut.set_result("value")
    try:
        it.send(None)
    except StopIteration as e:
        print("StopIteration carries:", e.value)
    done = loop.create_future()
    done.set_result(7)
    try:
        next(done.__await__())
    except StopIteration as e:
        print("done future returns at once:", e.value)

asyncio.run(main())
