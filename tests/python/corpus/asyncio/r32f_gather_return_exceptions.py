# gather(return_exceptions=True) to collect successes and failures side by side
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i % 3 == 0:
        raise ValueError(f"bad id {i}")
    if i == 4:
        raise asyncio.TimeoutError()
    return {"id": i}

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(1, 8)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, BaseException)]
    errors = [r for r in results if isinstance(r, BaseException)]
    print("ok:", ok)
    for e in errors:
        print("error:", type(e).__name__, repr(e))
    results = await asyncio.gather(*(fetch(i) for i in range(1, 4)))

asyncio.run(main())
