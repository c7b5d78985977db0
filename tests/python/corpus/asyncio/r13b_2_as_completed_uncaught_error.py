import asyncio

async def check(url, delay, ok):
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionRefusedError(f"cannot reach {url}")
    return url

async def main():
    coros = [check("a.example", 0.01, True), check("b.example", 0.02, False)]
    for fut in asyncio.as_completed(coros):
        print("reached", await fut)

asyncio.run(main())
