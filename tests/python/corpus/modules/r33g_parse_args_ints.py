# Passing numbers instead of strings to parse_args fails inside argparse
import argparse

p = argparse.ArgumentParser(prog="nums")
p.add_argument("values", nargs="+", type=int)
print(p.parse_args(["1", "2"]))
print(p.parse_args([3, 4]))
