# The chapter's factorial exercise as a command-line program run with asyncio.run(main(args))
import argparse
import asyncio

async def factorial(name, number, delay):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(delay)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main(args):
    results = await asyncio.gather(
        *(factorial(chr(ord("A") + k), n, args.delay) for k, n in enumerate(args.numbers)))
    print(dict(zip(args.numbers, results)))

parser = argparse.ArgumentParser(prog="factorial")
parser.add_argument("numbers", type=int, nargs="+")
parser.add_argument("--delay", type=float, default=0.01)
asyncio.run(main(parser.parse_args(["2", "3", "4"])))
