# BooleanOptionalAction gives both --color and --no-color, and shows them in the help
import argparse

p = argparse.ArgumentParser(prog="render")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colorize output")
p.add_argument("--fancy", action=argparse.BooleanOptionalAction, help="fancy borders")
print(p.parse_args([]))
print(p.parse_args(["--no-color"]))
print(p.parse_args(["--fancy", "--color"]))
print(p.parse_args(["--no-fancy"]))
print(p.format_help())
