import asyncio

async def attempt(name, delay, outcome):
    await asyncio.sleep(delay)
    if outcome == "fail":
        raise ConnectionError(name)
    return name

async def happy_eyeballs(specs, stagger):
    tasks = []
    for spec in specs:
        tasks.append(asyncio.create_task(attempt(*spec)))
        done, _ = await asyncio.wait(tasks, timeout=stagger, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t.exception() is None:
                for other in tasks:
                    other.cancel()
                return t.result()
            tasks.remove(t)
            print("attempt failed:", t.exception())
    done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    return done.pop().result()

async def main():
    specs = [("ipv6", 0.05, "fail"), ("ipv4-a", 0.5, "ok"), ("ipv4-b", 0.1, "ok")]
    print("winner:", await happy_eyeballs(specs, 0.2))

asyncio.run(main())
