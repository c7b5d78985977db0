import asyncio


async def lookup(host):
    delays = {"alpha": 0.3, "beta": 0.1, "gamma": 0.2}
    await asyncio.sleep(delays[host])
    if host == "gamma":
        raise LookupError(f"no DNS record for {host}")
    return f"10.0.0.{len(host)}"


async def main():
    tasks = {asyncio.create_task(lookup(h)): h for h in ["alpha", "beta", "gamma"]}
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            host = tasks[t]
            if t.exception():
                print(f"{host}: error {t.exception()}")
            else:
                print(f"{host}: {t.result()}")


asyncio.run(main())
