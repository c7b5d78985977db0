# warnings.warn(stacklevel=2) from a loop callback and from a coroutine run by run_until_complete
import asyncio
import warnings

def on_tick():
    warnings.warn("tick is deprecated", DeprecationWarning, stacklevel=2)

async def job(n):
    for lvl in (2, 4, 5, 6):
        warnings.warn(f"job {n} at level {lvl}", stacklevel=lvl)

async def main():
    asyncio.get_running_loop().call_soon(on_tick)
    await asyncio.sleep(0.01)

warnings.simplefilter("always")
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(job(1))
loop.close()
