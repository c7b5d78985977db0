# Subcommands whose handlers are coroutines, run through asyncio.run(args.func(args))
import argparse
import asyncio

async def ping(args):
    for i in range(args.count):
        await asyncio.sleep(0.01)
        print(f"pong {i + 1} from {args.host}")

async def countdown(args):
    for n in range(args.start, 0, -1):
        print(n)
        await asyncio.sleep(0.01)
    print("liftoff")

parser = argparse.ArgumentParser(prog="aio")
sub = parser.add_subparsers(required=True)
p = sub.add_parser("ping")
p.add_argument("host")
p.add_argument("-c", "--count", type=int, default=2)
p.set_defaults(func=ping)
c = sub.add_parser("countdown")
c.add_argument("start", type=int, nargs="?", default=3)
c.set_defaults(func=countdown)
for argv in (["ping", "example.org", "-c", "3"], ["countdown"], ["countdown", "x"]):
    args = parser.parse_args(argv)
    asyncio.run(args.func(args))
