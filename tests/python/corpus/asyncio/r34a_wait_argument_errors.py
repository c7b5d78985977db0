# asyncio.wait's argument checks: empty set, bad return_when, and a bare coroutine list
import asyncio


async def noop():
    return 1


async def main():
    for args, kw in [((set(),), {}), (({asyncio.ensure_future(noop())},), {"return_when": "SOMETIMES"})]:
        try:
            await asyncio.wait(*args, **kw)
        except ValueError as e:
            print("ValueError:", e)
    print(await asyncio.gather())
    done, pending = await asyncio.wait([asyncio.create_task(noop())], return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending), asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED)
    await asyncio.wait([noop()])


asyncio.run(main())
