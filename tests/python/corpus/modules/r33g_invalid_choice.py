# choices restrict the values; a wrong one is reported with the list of choices
import argparse

parser = argparse.ArgumentParser(prog="paint")
parser.add_argument("--color", choices=["red", "green", "blue"], default="red")
parser.add_argument("size", type=int, choices=range(1, 4))
print(parser.parse_args(["2", "--color", "blue"]))
try:
    parser.parse_args(["5"])
except SystemExit as e:
    print("exit code", e.code)
parser.parse_args(["1", "--color", "purple"])
