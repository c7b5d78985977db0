# Passing a word where an int is expected gives "invalid int value"
import argparse

parser = argparse.ArgumentParser(prog="repeat")
parser.add_argument("count", type=int)
parser.add_argument("word")
print(parser.parse_args(["2", "hi"]))
parser.parse_args(["two", "hi"])
