import asyncio

async def eternity():
    try:
        await asyncio.sleep(3600)
        print("yay!")
    except asyncio.CancelledError:
        print("eternity was cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=0.05)
    except TimeoutError as e:
        print("timeout!", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    r = await asyncio.wait_for(asyncio.sleep(0.01, "quick"), timeout=1)
    print(r)
    print(await asyncio.wait_for(asyncio.sleep(0, "no timeout"), None))

asyncio.run(main())
