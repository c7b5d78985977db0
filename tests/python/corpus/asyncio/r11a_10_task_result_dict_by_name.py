import asyncio


async def fetch(name, n):
    await asyncio.sleep(0.001 * n)
    if n % 3 == 0:
        raise ValueError(f"{name} rejected")
    return n * n


async def main():
    tasks = {f"item{n}": asyncio.create_task(fetch(f"item{n}", n), name=f"item{n}") for n in range(1, 7)}
    await asyncio.wait(tasks.values())
    ok = {k: t.result() for k, t in tasks.items() if not t.exception()}
    bad = {k: str(t.exception()) for k, t in tasks.items() if t.exception()}
    print(ok)
    print(bad)
    print(sorted(t.get_name() for t in tasks.values() if t.done()))


asyncio.run(main())
