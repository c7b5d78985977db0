# Calling add_subparsers twice is an error argparse reports through parser.error
import argparse

p = argparse.ArgumentParser(prog="twice")
s = p.add_subparsers(dest="one")
s.add_parser("a")
print(p.parse_args(["a"]))
try:
    s.add_parser("a")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
p.add_subparsers(dest="two")
