# A first argparse program: two positional numbers added together
import argparse

parser = argparse.ArgumentParser(description="Add two numbers")
parser.add_argument("a", type=int, help="first number")
parser.add_argument("b", type=int, help="second number")
args = parser.parse_args(["3", "4"])
print(args)
print(args.a + args.b)
print(vars(args))
