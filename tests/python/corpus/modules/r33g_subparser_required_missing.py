# Subcommands marked required: calling the tool with none is an error
import argparse

parser = argparse.ArgumentParser(prog="db")
sub = parser.add_subparsers(dest="action", required=True)
sub.add_parser("migrate")
sub.add_parser("seed")
print(parser.parse_args(["seed"]))
parser.parse_args([])
