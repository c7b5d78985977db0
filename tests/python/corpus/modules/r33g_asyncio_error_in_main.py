# An asyncio CLI that calls parser.error from inside the coroutine: SystemExit leaves asyncio.run
import argparse
import asyncio

parser = argparse.ArgumentParser(prog="checker")
parser.add_argument("--limit", type=int, default=10)
parser.add_argument("values", type=int, nargs="*")

async def main(args):
    total = 0
    for v in args.values:
        await asyncio.sleep(0.01)
        total += v
        print("running total", total)
        if total > args.limit:
            parser.error(f"total {total} exceeds --limit {args.limit}")
    return total

print(asyncio.run(main(parser.parse_args(["1", "2", "3"]))))
print(asyncio.run(main(parser.parse_args(["--limit", "4", "3", "2", "1"]))))
