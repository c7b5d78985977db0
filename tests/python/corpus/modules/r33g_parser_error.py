# parser.error() for a check argparse cannot express: the range must be increasing
import argparse

p = argparse.ArgumentParser(prog="range")
p.add_argument("start", type=int)
p.add_argument("stop", type=int)
args = p.parse_args(["1", "5"])
print(list(range(args.start, args.stop)))
args = p.parse_args(["9", "2"])
if args.start >= args.stop:
    p.error(f"start ({args.start}) must be less than stop ({args.stop})")
print("unreachable")
