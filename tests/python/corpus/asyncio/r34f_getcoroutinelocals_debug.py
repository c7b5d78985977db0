# A debugging helper that prints the state and local variables of suspended coroutines.
import asyncio
import inspect

async def download(url, size):
    received = 0
    while received < size:
        chunk = min(4, size - received)
        await asyncio.sleep(0.01)
        received += chunk
    return received

def describe(coro):
    state = inspect.getcoroutinestate(coro)
    local_vars = inspect.getcoroutinelocals(coro)
    return f"{coro.__name__}: {state} {dict(sorted(local_vars.items()))}"

async def main():
    coro = download("http://x/a", 10)
    print(describe(coro))
    task = asyncio.create_task(coro)
    await asyncio.sleep(0.015)
    print(describe(coro))
    await task
    print(describe(coro))

asyncio.run(main())
