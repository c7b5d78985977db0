# gather given the same task twice, and the same coroutine object twice.
import asyncio

calls = 0

async def job():
    global calls
    calls += 1
    await asyncio.sleep(0.01)
    return calls

async def main():
    t = asyncio.create_task(job())
    print(await asyncio.gather(t, t, t))
    c = job()
    print(await asyncio.gather(c, c))
    print("calls:", calls)

asyncio.run(main())
