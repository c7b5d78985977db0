# extend versus append with nargs: flat list against list of lists
import argparse

p = argparse.ArgumentParser(prog="ext")
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--app", action="append", nargs=2, metavar=("K", "V"))
p.add_argument("--one", action="extend", type=str)
print(p.parse_args(["--ext", "1", "2", "--ext", "3", "--app", "a", "1", "--app", "b", "2"]))
print(p.parse_args(["--one", "abc", "--one", "de"]))
p.print_help()
p.parse_args(["--app", "only-one"])
