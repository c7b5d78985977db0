# String defaults are passed through type, other defaults are not
import argparse

p = argparse.ArgumentParser(prog="defs")
p.add_argument("--a", type=int, default="5")
p.add_argument("--b", type=int, default=5.5)
p.add_argument("--c", type=float, default="1e3")
p.add_argument("--d", type=int, nargs="+", default=["1", "2"])
p.add_argument("--e", type=int, default="x")
print(p.get_default("a"), p.get_default("d"))
try:
    p.parse_args([])
except SystemExit as e:
    print("exit", e.code)
p.set_defaults(e="7", extra="yes")
print(p.parse_args([]))
print(p.parse_args(["--e", "8"]))
