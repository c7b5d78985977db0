# Print the state part of Task reprs (pending, finished, cancelling, cancelled) without the coro detail.
import asyncio

def state(t):
    return repr(t).split(" coro=")[0] + (">" if " coro=" in repr(t) else "")

async def job(n):
    await asyncio.sleep(0.05 * n)
    return n

async def main():
    a = asyncio.create_task(job(1), name="a")
    b = asyncio.create_task(job(10), name="b")
    print(state(a))
    await a
    print(state(a))
    b.cancel()
    print(state(b))
    await asyncio.gather(b, return_exceptions=True)
    print(state(b))
    print(repr(a).endswith("result=1>"))

asyncio.run(main())
