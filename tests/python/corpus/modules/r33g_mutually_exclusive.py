# A mutually exclusive group: --quiet and --verbose cannot be used together
import argparse

p = argparse.ArgumentParser(prog="log")
g = p.add_mutually_exclusive_group()
g.add_argument("-q", "--quiet", action="store_true")
g.add_argument("-v", "--verbose", action="store_true")
p.add_argument("msg")
print(p.parse_args(["-q", "hello"]))
print(p.parse_args(["hello", "--verbose"]))
p.print_usage()
p.parse_args(["-q", "-v", "hello"])
