# What happens when the user asks for --help: the help is printed and the program exits 0
import argparse

parser = argparse.ArgumentParser(prog="tool", epilog="See the book for more.")
parser.add_argument("--level", type=int, default=3, help="level of detail")
parser.add_argument("files", nargs="*", help="input names")
print("before")
parser.parse_args(["-h"])
print("never printed")
