# Some waiters time out on an Event, others see it set later
import asyncio

async def waiter(ev, limit):
    try:
        async with asyncio.timeout(limit):
            await ev.wait()
        return f"{limit}: saw event"
    except TimeoutError:
        return f"{limit}: gave up"

async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.15, ev.set)
    results = await asyncio.gather(*(waiter(ev, t) for t in (0.02, 0.5, 0.05, 1.0)))
    print("\n".join(results))

asyncio.run(main())
