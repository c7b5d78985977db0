# An option that needs a value but is given none: "expected one argument"
import argparse
import sys

parser = argparse.ArgumentParser(prog="fetch")
parser.add_argument("--retries", type=int, default=3)
parser.add_argument("url")
for argv in (["x.org", "--retries", "5"], ["x.org", "--retries"]):
    try:
        print(parser.parse_args(argv))
    except SystemExit as exc:
        print("SystemExit", exc.code, file=sys.stderr)
        print("caught, exit", exc.code)
