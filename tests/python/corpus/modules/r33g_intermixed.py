# parse_intermixed_args lets positionals be mixed with options, unlike parse_args
import argparse

p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
argv = "doit 1 --foo bar 2 3".split()
print(p.parse_known_args(argv))
print(p.parse_intermixed_args(argv))
print(p.parse_known_intermixed_args(argv + ["--zzz"]))
p.parse_args(argv)
