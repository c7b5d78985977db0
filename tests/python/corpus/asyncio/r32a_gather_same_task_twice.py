# gather given the same task and coroutine twice; and gather of nothing
import asyncio

calls = 0

async def once():
    global calls
    calls += 1
    await asyncio.sleep(0)
    return calls

async def main():
    t = asyncio.create_task(once())
    print(await asyncio.gather(t, t, t))
    c = once()
    print(await asyncio.gather(c, c))
    print("calls:", calls)
    empty = asyncio.gather()
    print(empty.done(), await empty)

asyncio.run(main())
