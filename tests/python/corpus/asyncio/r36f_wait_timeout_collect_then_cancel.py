# asyncio.wait with a timeout: use what finished in time, cancel the stragglers, report both.
import asyncio

async def quote(vendor, secs, price):
    await asyncio.sleep(secs)
    return vendor, price

async def main():
    offers = {"acme": (0.05, 120), "globex": (0.3, 95), "initech": (0.15, 110), "umbrella": (0.6, 80)}
    tasks = [asyncio.create_task(quote(v, s, p), name=v) for v, (s, p) in offers.items()]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    best = min((t.result() for t in done), key=lambda vp: vp[1])
    print("in time:", sorted(t.get_name() for t in done))
    print("best offer:", best)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))

asyncio.run(main())
