# Debugging "what is this task waiting on?" by walking cr_await from the task's coroutine down
import asyncio
import inspect

async def leaf():
    await asyncio.sleep(0.5)

async def middle():
    await leaf()

async def top():
    await middle()

def chain(coro):
    names = []
    while coro is not None and hasattr(coro, "cr_code"):
        names.append(f"{coro.cr_code.co_name}[{inspect.getcoroutinestate(coro)}]")
        coro = coro.cr_await
    names.append(type(coro).__name__)
    return " -> ".join(names)

async def main():
    t = asyncio.create_task(top())
    print("before start:", chain(t.get_coro()))
    await asyncio.sleep(0.01)
    print("while sleeping:", chain(t.get_coro()))
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("after cancel:", chain(t.get_coro()))
    print("main itself:", chain(asyncio.current_task().get_coro()))

asyncio.run(main())
