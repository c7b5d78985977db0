import asyncio


async def check(host):
    await asyncio.sleep(0.01)
    if host.endswith(".bad"):
        raise ConnectionRefusedError(f"{host}: refused")
    if ":" in host:
        raise ValueError(f"bad host {host!r}")
    return host


async def main():
    hosts = ["a.example", "b.bad", "c:80", "d.example"]
    try:
        async with asyncio.TaskGroup() as tg:
            for h in hosts:
                tg.create_task(check(h))
    except* ConnectionError as group:
        print("connection problems:", len(group.exceptions))
    except* ValueError as group:
        # bug: tries to use a list method on the group
        bad = group.exceptions.append("x")
        print(bad)


asyncio.run(main())
