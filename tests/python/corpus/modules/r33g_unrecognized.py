# Unknown options make parse_args fail with "unrecognized arguments"
import argparse

parser = argparse.ArgumentParser(prog="ls2")
parser.add_argument("-l", action="store_true")
parser.add_argument("path", nargs="?", default=".")
print(parser.parse_args(["-l", "src"]))
print(parser.parse_known_args(["-l", "--color", "src", "extra"]))
parser.parse_args(["-l", "--color", "src", "extra"])
