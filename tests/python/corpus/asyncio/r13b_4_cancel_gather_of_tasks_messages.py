import asyncio

async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise

async def main():
    tasks = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.01)
    g.cancel(msg="shutdown requested")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled with", e.args)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
