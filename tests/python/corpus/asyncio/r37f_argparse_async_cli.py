# An async CLI front end with argparse: parse a fixed argv list and run N fake downloads concurrently
import argparse
import asyncio

parser = argparse.ArgumentParser(prog="fetcher", description="Fetch pages concurrently.")
parser.add_argument("urls", nargs="+", help="pages to fetch")
parser.add_argument("-c", "--concurrency", type=int, default=2)
parser.add_argument("--verbose", action="store_true")

async def fetch(url, sem, verbose):
    async with sem:
        await asyncio.sleep(0.01)
        if verbose:
            print("fetched", url)
        return len(url)

async def main(argv):
    args = parser.parse_args(argv)
    print(args)
    sem = asyncio.Semaphore(args.concurrency)
    sizes = await asyncio.gather(*(fetch(u, sem, args.verbose) for u in args.urls))
    print("sizes:", sizes)

asyncio.run(main(["a.com", "bb.org", "--verbose", "-c", "3"]))
asyncio.run(main(["-c", "two", "x.io"]))
