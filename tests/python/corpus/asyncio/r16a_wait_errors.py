# wait()'s argument checks: empty set, bad return_when, a bare coroutine
import asyncio

async def c():
    return 1

async def main():
    for args, kw in [((set(),), {}), (([asyncio.sleep(0)],), {'return_when': 'SOME'})]:
        try:
            await asyncio.wait(*args, **kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    coro = c()
    try:
        await asyncio.wait(coro)
    except TypeError as e:
        print('TypeError', e)
    coro.close()

asyncio.run(main())
