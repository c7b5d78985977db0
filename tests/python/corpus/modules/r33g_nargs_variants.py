# Trying each kind of nargs: ?, *, +, and a fixed number
import argparse

p = argparse.ArgumentParser(prog="n")
p.add_argument("point", nargs=2, type=float)
p.add_argument("--opt", nargs="?", const="CONST", default="DEFAULT")
p.add_argument("--many", nargs="*", default=[])
p.add_argument("--some", nargs="+")
p.add_argument("rest", nargs="*")

print(p.parse_args(["1", "2"]))
print(p.parse_args(["1", "2", "--opt"]))
print(p.parse_args(["1", "2", "--opt", "val", "--many", "a", "b"]))
print(p.parse_args(["1.5", "2", "x", "y", "--some", "s1", "s2", "--many"]))
p.print_usage()
p.parse_args(["1", "2", "--some"])
