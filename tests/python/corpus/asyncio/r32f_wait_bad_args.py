# asyncio.wait called wrongly: an empty set, a bad return_when, a bare coroutine
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "j"

async def main():
    for args, kwargs in [((set(),), {}), (([asyncio.ensure_future(job())],), {"return_when": "bogus"})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        await asyncio.wait(job())
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0.02)

asyncio.run(main())
