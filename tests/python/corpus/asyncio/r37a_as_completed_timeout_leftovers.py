# as_completed with a timeout: the TimeoutError comes from the iterator, and the remaining tasks keep running
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = {asyncio.create_task(fetch(n, d), name=n) for n, d in [("fast", 0.02), ("mid", 0.06), ("slow", 0.4)]}
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.2):
            got.append(await fut)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)
    print("got:", got)
    left = sorted(t.get_name() for t in tasks if not t.done())
    print("still running:", left)
    print("slow result after waiting:", await next(t for t in tasks if t.get_name() == "slow"))


asyncio.run(main())
