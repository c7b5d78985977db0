# warnings.warn with stacklevel=2 in a helper and in a task's own coroutine
import asyncio
import warnings

def old_sleep(d):
    warnings.warn("old_sleep is deprecated", UserWarning, stacklevel=2)
    return asyncio.sleep(d)

async def worker():
    await old_sleep(0.01)
    warnings.warn("worker warns its caller", stacklevel=2)
    return 1

async def main():
    print(await worker())
    print(await asyncio.create_task(worker()))

asyncio.run(main())
