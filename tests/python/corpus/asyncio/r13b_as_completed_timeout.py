import asyncio

async def slow(n):
    await asyncio.sleep(n * 0.02)
    return n

async def main():
    tasks = [asyncio.create_task(slow(n)) for n in (1, 2, 50)]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.2):
            got.append(await fut)
            print("got", got[-1])
    except TimeoutError:
        print("timed out with", got)
    print([t.done() for t in tasks])
    tasks[2].cancel()
    await asyncio.sleep(0)
    print(tasks[2].cancelled())

asyncio.run(main())
