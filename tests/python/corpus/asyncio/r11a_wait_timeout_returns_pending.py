import asyncio


async def sensor(name, period):
    await asyncio.sleep(period)
    return f"{name}={period * 100:.0f}"


async def main():
    tasks = [asyncio.create_task(sensor(n, p), name=n)
             for n, p in [("temp", 0.01), ("humidity", 0.2), ("pressure", 0.02), ("wind", 0.3)]]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("readings:", sorted(t.result() for t in done))
    print("slow sensors:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    outcomes = await asyncio.gather(*pending, return_exceptions=True)
    print([type(o).__name__ for o in outcomes])


asyncio.run(main())
