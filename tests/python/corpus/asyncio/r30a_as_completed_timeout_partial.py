# as_completed with a timeout: results arrive in finish order, then TimeoutError
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"

async def main():
    coros = [fetch("c", 0.3), fetch("a", 0.05), fetch("b", 0.15), fetch("z", 2)]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.5):
            got.append(await fut)
            print("got", got[-1])
    except asyncio.TimeoutError:
        print("timeout after", len(got), "results")
    print(type(asyncio.TimeoutError()) is TimeoutError)

asyncio.run(main())
