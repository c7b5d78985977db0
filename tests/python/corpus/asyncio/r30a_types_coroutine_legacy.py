# A generator-based coroutine made with types.coroutine, awaited from async code
import asyncio
import types

@types.coroutine
def legacy_sleep(n):
    result = yield from asyncio.sleep(n, result=f"slept {n}")
    return result.upper()

async def main():
    print(await legacy_sleep(0.01))
    print(asyncio.iscoroutinefunction(legacy_sleep), asyncio.iscoroutine(legacy_sleep(0)))
    print(await asyncio.gather(legacy_sleep(0), legacy_sleep(0.01)))
    t = asyncio.ensure_future(legacy_sleep(0))
    print(await t)

asyncio.run(main())
