# A type function that raises something other than ValueError/TypeError escapes argparse
import argparse

LIMITS = {"low": 1, "high": 10}

def level(name):
    return LIMITS[name]

p = argparse.ArgumentParser(prog="lvl")
p.add_argument("--level", type=level, default="low")
print(p.parse_args([]))
print(p.parse_args(["--level", "high"]))
print(p.parse_args(["--level", "medium"]))
