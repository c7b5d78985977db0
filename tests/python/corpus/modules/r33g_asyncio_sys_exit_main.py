# The usual entry point: sys.exit(asyncio.run(main())) with argparse inside main
import argparse
import asyncio
import sys

async def tick(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        print("tick", i)
    return n

async def main(argv=None):
    p = argparse.ArgumentParser(prog="ticker")
    p.add_argument("--n", type=int, default=2)
    p.add_argument("--delay", type=float, default=0.01)
    a = p.parse_args(argv)
    done = await tick(a.n, a.delay)
    return 0 if done == a.n else 1

if __name__ == "__main__":
    print("status", asyncio.run(main(["--n", "3"])))
    sys.exit(asyncio.run(main(["--n", "-1", "--delay", "x"])))
