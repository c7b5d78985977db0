# asyncio.timeout and TaskGroup around downloads, results collected into a sorted report
import asyncio
from dataclasses import dataclass


@dataclass(order=True)
class Result:
    seconds: float
    url: str
    ok: bool = True


async def download(url, seconds):
    await asyncio.sleep(seconds)
    if "bad" in url:
        raise ConnectionError(url)
    return Result(seconds, url)


async def main():
    jobs = {"a.com": 0.03, "b.org": 0.01, "c.net": 0.02}
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(download(u, s)) for u, s in jobs.items()]
    for r in sorted(t.result() for t in tasks):
        print(f"{r.url:<8}{r.seconds:>6.2f}s {r.ok}")
    try:
        async with asyncio.timeout(0.05):
            await download("slow.io", 0.5)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(download("x.bad", 0.01))
        tg.create_task(download("y.com", 0.2))


asyncio.run(main())
