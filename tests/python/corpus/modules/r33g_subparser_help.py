# Asking a subcommand for its help prints the subparser's own usage
import argparse

parser = argparse.ArgumentParser(prog="pkg", description="Package manager")
sub = parser.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
inst = sub.add_parser("install", help="install packages", description="Install one or more packages.")
inst.add_argument("names", nargs="+", metavar="NAME")
inst.add_argument("--upgrade", "-U", action="store_true", help="upgrade if present")
sub.add_parser("list", help="list installed packages")
print(parser.parse_args(["install", "-U", "requests", "rich"]))
parser.parse_args(["install", "--help"])
