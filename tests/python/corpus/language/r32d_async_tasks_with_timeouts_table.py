# Several downloads under wait_for with different timeouts, results printed as a table with status icons
import asyncio

JOBS = [("index.html", 0.1, 0.5), ("big.iso", 0.6, 0.3), ("logo.png", 0.2, 0.4), ("api.json", 0.3, 0.1)]


async def download(name, secs):
    await asyncio.sleep(secs)
    return len(name) * 1024


async def guarded(name, secs, limit):
    try:
        size = await asyncio.wait_for(download(name, secs), timeout=limit)
        return name, "✔", f"{size / 1024:.0f} KiB"
    except asyncio.TimeoutError:
        return name, "✘", f"> {limit:.1f}s"


async def main():
    rows = await asyncio.gather(*(guarded(*j) for j in JOBS))
    print(f"{'file':<12}{'':2}{'result':>10}")
    for name, icon, info in rows:
        print(f"{name:<12}{icon:2}{info:>10}")
    ok = [r for r in rows if r[1] == "✔"]
    print(f"{len(ok)}/{len(rows)} ok", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
