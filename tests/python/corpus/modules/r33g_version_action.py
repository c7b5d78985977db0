# The version action prints the version and exits with status 0
import argparse

parser = argparse.ArgumentParser(prog="mytool")
parser.add_argument("--version", action="version", version="%(prog)s 2.5.1")
parser.add_argument("-q", action="store_true")
print(parser.parse_args(["-q"]))
print("asking for the version")
parser.parse_args(["--version"])
print("not reached")
