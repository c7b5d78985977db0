# Curious where asyncio.sleep and gather live: their modules, files and parameter names.
import asyncio
import inspect
import os


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        r *= i
    return r


for fn in (asyncio.sleep, asyncio.gather, asyncio.wait_for, asyncio.as_completed, asyncio.run):
    print(f"{fn.__name__:>13}: module={fn.__module__} file={os.path.basename(inspect.getfile(fn))} "
          f"coroutine fn={inspect.iscoroutinefunction(fn)} line>0={fn.__code__.co_firstlineno > 0}")
print(asyncio.sleep.__code__.co_varnames[:3], asyncio.sleep.__defaults__)
print(asyncio.sleep is asyncio.tasks.sleep, asyncio.Task.__module__, asyncio.Future.__module__)
print(asyncio.run(factorial(6)))
