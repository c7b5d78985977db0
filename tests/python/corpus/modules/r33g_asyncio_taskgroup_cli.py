# A CLI that fetches "pages" concurrently with a TaskGroup; --fail makes one page raise
import argparse
import asyncio

async def fetch(page, fail):
    await asyncio.sleep(0.01 * page)
    if page == fail:
        raise ConnectionError(f"page {page} failed")
    return f"page {page}: {page * 100} bytes"

async def main(ns):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i, ns.fail)) for i in range(1, ns.pages + 1)]
    for t in tasks:
        print(t.result())

p = argparse.ArgumentParser(prog="fetcher")
p.add_argument("--pages", type=int, default=3)
p.add_argument("--fail", type=int, default=0)
asyncio.run(main(p.parse_args([])))
try:
    asyncio.run(main(p.parse_args(["--pages", "4", "--fail", "2"])))
except* ConnectionError as eg:
    print("errors:", [str(e) for e in eg.exceptions])
asyncio.run(main(p.parse_args(["--fail", "1"])))
