# Schedule callbacks at absolute loop times with call_at, and see them run in deadline order.
import asyncio

def fire(label, log, loop, start):
    log.append(label)
    print(f"{label} fired, on time: {loop.time() - start >= float(label[1:]) - 1e-3}")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    handles = [loop.call_at(start + d, fire, f"t{d}", log, loop, start) for d in (0.3, 0.1, 0.2)]
    print([type(h).__name__ for h in handles])
    print(sorted(round(h.when() - start, 3) for h in handles))
    handles[0].cancel()
    await asyncio.sleep(0.4)
    print(log)

asyncio.run(main())
