# as_completed with a timeout: results that arrive in time are used, then TimeoutError is caught
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    coros = [fetch("fast", 0.05), fetch("slow", 0.6), fetch("medium", 0.2)]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.4):
            got.append(await fut)
            print("got:", got[-1])
    except asyncio.TimeoutError:
        print("timed out with", len(got), "results")
    tasks = asyncio.all_tasks() - {asyncio.current_task()}
    print("left running:", len(tasks))


asyncio.run(main())
