# A download simulator: --timeout caps the whole run with asyncio.wait_for
import argparse
import asyncio

async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name

async def main(args):
    jobs = [download(f"file{i}", 0.05 * (i + 1)) for i in range(args.count)]
    try:
        done = await asyncio.wait_for(asyncio.gather(*jobs), timeout=args.timeout)
        print("downloaded:", ", ".join(done))
    except asyncio.TimeoutError:
        print(f"timed out after {args.timeout}s")
        return 1
    return 0

p = argparse.ArgumentParser(prog="dl")
p.add_argument("--count", type=int, default=3)
p.add_argument("--timeout", type=float, default=1.0)
print("status", asyncio.run(main(p.parse_args([]))))
print("status", asyncio.run(main(p.parse_args(["--count", "4", "--timeout", "0.12"]))))
