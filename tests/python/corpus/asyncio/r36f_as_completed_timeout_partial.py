# as_completed with a timeout: collect what finishes in time, then report the timeout.
import asyncio

async def download(name, secs):
    await asyncio.sleep(secs)
    return name

async def main():
    coros = [download(n, s) for n, s in [("small", 0.05), ("medium", 0.15), ("huge", 2.0)]]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.3):
            got.append(await fut)
            print("finished", got[-1])
    except asyncio.TimeoutError:
        print("gave up waiting; finished:", got)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("still running:", len(others))

asyncio.run(main())
