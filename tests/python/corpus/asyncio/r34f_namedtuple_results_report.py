# Collect check results as NamedTuples from gather and print a small report.
import asyncio
from typing import NamedTuple

class Result(NamedTuple):
    host: str
    ok: bool
    latency_ms: int

async def ping(host, latency):
    await asyncio.sleep(latency / 1000)
    return Result(host, latency < 50, latency)

async def main():
    hosts = {"alpha": 12, "beta": 75, "gamma": 30, "delta": 55}
    results = await asyncio.gather(*(ping(h, l) for h, l in hosts.items()))
    print(results[0])
    print(results[1]._asdict())
    for r in sorted(results, key=lambda r: r.latency_ms):
        print(f"{r.host:<6} {'UP' if r.ok else 'SLOW':<4} {r.latency_ms:>4} ms")
    up = [r.host for r in results if r.ok]
    print("up:", ", ".join(up), f"({len(up)}/{len(results)})")
    host, ok, ms = results[2]
    print(host, ok, ms, results[2]._replace(ok=False))

asyncio.run(main())
