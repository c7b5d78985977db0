# parse_intermixed_args refuses parsers that have subcommands or REMAINDER
import argparse

p = argparse.ArgumentParser(prog="im")
p.add_argument("--x", type=int)
p.add_argument("a", nargs="*")
print(p.parse_intermixed_args(["1", "--x", "2", "3"]))
q = argparse.ArgumentParser(prog="im2")
q.add_argument("cmd", nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args(["ls", "-l"])
except TypeError as e:
    print("TypeError:", e)
r = argparse.ArgumentParser(prog="im3")
r.add_subparsers().add_parser("go")
r.parse_intermixed_args(["go"])
