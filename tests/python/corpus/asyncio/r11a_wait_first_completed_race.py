import asyncio


async def mirror(name, latency):
    try:
        await asyncio.sleep(latency)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    tasks = [
        asyncio.create_task(mirror("eu", 0.3), name="eu"),
        asyncio.create_task(mirror("us", 0.1), name="us"),
        asyncio.create_task(mirror("asia", 0.5), name="asia"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print("fastest mirror:", winner.result())
    losers = [t for t in tasks if t in pending]
    for t in losers:
        t.cancel()
    await asyncio.gather(*losers, return_exceptions=True)
    print([t.get_name() + (" cancelled" if t.cancelled() else " ok") for t in tasks])


asyncio.run(main())
