# Debugging a stuck task: what is it awaiting? (get_coro().cr_await and the Future's repr)
import asyncio

async def inner(fut):
    return await fut

async def outer(fut):
    return await inner(fut)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(outer(fut), name="stuck")
    await asyncio.sleep(0)
    coro = task.get_coro()
    chain = []
    aw = coro
    while aw is not None and hasattr(aw, "cr_await"):
        chain.append(aw.__qualname__)
        aw = aw.cr_await
    print(" -> ".join(chain), "->", type(aw).__name__)
    print(aw is fut, repr(fut))
    fut.set_result(42)
    print(repr(fut))
    print(await task, coro.cr_await)

asyncio.run(main())
