import asyncio

calls = 0

async def counted():
    global calls
    calls += 1
    await asyncio.sleep(0.01)
    return calls

async def main():
    empty = asyncio.gather()
    print("empty done immediately:", empty.done())
    print("empty result:", await empty)
    c = counted()
    print(await asyncio.gather(c, c, c))
    print("calls:", calls)
    t = asyncio.create_task(counted())
    print(await asyncio.gather(t, t))
    print("calls:", calls)

asyncio.run(main())
