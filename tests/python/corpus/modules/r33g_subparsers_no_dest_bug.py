# Required subcommands without dest: the 3.11 error message cannot be built (a TypeError)
import argparse

parser = argparse.ArgumentParser(prog="tool")
subs = parser.add_subparsers(required=True)
subs.add_parser("start")
subs.add_parser("stop")
print(parser.parse_args(["start"]))
parser.parse_args([])
