# gather with return_exceptions=True, then mapping each outcome to a status line by exception type
import asyncio


async def check(host):
    await asyncio.sleep(0.01 * len(host))
    if host.endswith(".invalid"):
        raise LookupError(f"no such host {host}")
    if host.startswith("slow"):
        raise TimeoutError()
    if not host:
        raise ValueError("empty host name")
    return f"{host} up"


async def main():
    hosts = ["a.com", "x.invalid", "slow.net", "", "b.org"]
    outcomes = await asyncio.gather(*map(check, hosts), return_exceptions=True)
    for h, o in zip(hosts, outcomes):
        match o:
            case str():
                line = o
            case LookupError() | ValueError() as e:
                line = f"{type(e).__name__}: {e}"
            case TimeoutError():
                line = f"{h!r} timed out ({o!r})"
        print(f"{h or '<empty>':<10} -> {line}")
    print(sum(isinstance(o, Exception) for o in outcomes), [type(o).__mro__[1].__name__ for o in outcomes])
    await asyncio.gather(*map(check, hosts))


asyncio.run(main())
