# Graceful shutdown: workers stop when an Event is set
import asyncio

async def worker(name, stop: asyncio.Event, interval):
    done = 0
    while not stop.is_set():
        await asyncio.sleep(interval)
        done += 1
    print(f"{name} shutting down after {done} jobs")
    return done

async def supervisor(stop):
    await asyncio.sleep(0.5)
    print("supervisor: requesting shutdown")
    stop.set()

async def main():
    stop = asyncio.Event()
    workers = [asyncio.create_task(worker(f"w{i}", stop, 0.2 + 0.15 * i)) for i in range(2)]
    await supervisor(stop)
    counts = await asyncio.gather(*workers)
    print("jobs:", counts, "event set:", stop.is_set())
    stop.clear()
    waiter = asyncio.create_task(stop.wait())
    await asyncio.sleep(0)
    print("waiter done?", waiter.done())
    stop.set()
    print("wait() returned", await waiter)

asyncio.run(main())
