import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    coros = [job("fast", 0.01), job("medium", 0.05), job("slow", 0.5)]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.1):
            got.append(await fut)
            print("got", got[-1])
    except asyncio.TimeoutError:
        print("timed out after", got)
    await asyncio.sleep(0)
    print("tasks left:", len(asyncio.all_tasks()) - 1)

asyncio.run(main())
