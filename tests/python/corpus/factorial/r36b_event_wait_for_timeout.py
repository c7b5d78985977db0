# Wait for a "go" Event with a timeout before starting; the second time nobody sets it.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def gated(event, n):
    try:
        await asyncio.wait_for(event.wait(), timeout=0.2)
    except asyncio.TimeoutError:
        return f"{n}: no go signal"
    return f"{n}: {await factorial(n)}"


async def main():
    go = asyncio.Event()
    asyncio.get_running_loop().call_later(0.05, go.set)
    print(await asyncio.gather(gated(go, 5), gated(go, 6)))
    go.clear()
    print("is_set:", go.is_set())
    print(await gated(go, 7))


asyncio.run(main())
