# Graceful shutdown: cancel every task except the current one, then gather them with return_exceptions
import asyncio

async def service(name, period):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
    except asyncio.CancelledError:
        print(f"{name}: cleaning up (ticked: {n > 0})")
        raise
    
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancel, returning a value")
        return "kept running"

async def shutdown():
    me = asyncio.current_task()
    others = sorted((t for t in asyncio.all_tasks() if t is not me), key=lambda t: t.get_name())
    print("cancelling", [t.get_name() for t in others])
    for t in others:
        t.cancel()
    results = await asyncio.gather(*others, return_exceptions=True)
    named = sorted(zip((t.get_name() for t in others), results), key=lambda p: p[0])
    for name, r in named:
        print(f"  {name}: {r!r}")

async def main():
    asyncio.create_task(service("db", 0.1), name="db")
    asyncio.create_task(service("web", 0.15), name="web")
    asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0.03)
    await shutdown()
    print("bye")

asyncio.run(main())
