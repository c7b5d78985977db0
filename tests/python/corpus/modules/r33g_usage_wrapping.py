# A parser with many options: the usage line wraps across lines, grouping brackets together
import argparse

p = argparse.ArgumentParser(prog="compile-everything-now")
for name in ("optimize", "debug-info", "warnings", "target-architecture", "output-directory"):
    p.add_argument(f"--{name}", metavar=name.replace("-", "_").upper())
g = p.add_mutually_exclusive_group()
g.add_argument("--static", action="store_true")
g.add_argument("--shared", action="store_true")
p.add_argument("-j", "--jobs", type=int, default=1)
p.add_argument("sources", nargs="+")
p.add_argument("extra", nargs="?")
p.print_usage()
print(repr(p.format_usage()))
p.parse_args([])
