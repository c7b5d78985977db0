# gather() with return_exceptions inside a TaskGroup child: the gather absorbs errors, the group stays happy
import asyncio


async def probe(host):
    await asyncio.sleep(0.01)
    if host.endswith(".bad"):
        raise ConnectionRefusedError(host)
    return f"{host} up"


async def check_cluster(name, hosts):
    results = await asyncio.gather(*(probe(h) for h in hosts), return_exceptions=True)
    return name, [r if isinstance(r, str) else f"{type(r).__name__}({r})" for r in results]


async def main():
    async with asyncio.TaskGroup() as tg:
        east = tg.create_task(check_cluster("east", ["e1", "e2.bad"]))
        west = tg.create_task(check_cluster("west", ["w1.bad", "w2.bad", "w3"]))
    for t in (east, west):
        print(*t.result())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.gather(probe("x"), probe("y.bad")))


asyncio.run(main())
