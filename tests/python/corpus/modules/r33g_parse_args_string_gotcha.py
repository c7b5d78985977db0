# Passing a string instead of a list to parse_args: each character becomes an argument
import argparse

p = argparse.ArgumentParser(prog="oops")
p.add_argument("words", nargs="*")
print(p.parse_args("hi there"))
print(p.parse_args("hi there".split()))
q = argparse.ArgumentParser(prog="oops2")
q.add_argument("--n", type=int)
q.parse_args("--n 3")
