# Wait until several services report ready (one Event each), with an overall timeout.
import asyncio

async def service(name, ready, delay):
    await asyncio.sleep(delay)
    print(f"{name} ready")
    ready.set()

async def main():
    names = {"db": 0.02, "cache": 0.01, "search": 0.04}
    events = {n: asyncio.Event() for n in names}
    for n, d in names.items():
        asyncio.create_task(service(n, events[n], d))
    await asyncio.wait_for(asyncio.gather(*(e.wait() for e in events.values())), 1)
    print("all ready:", all(e.is_set() for e in events.values()))
    late = asyncio.Event()
    asyncio.create_task(service("mail", late, 0.5))
    done, pending = await asyncio.wait([asyncio.create_task(late.wait())], timeout=0.1)
    print("mail ready in time?", bool(done), "pending:", len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
