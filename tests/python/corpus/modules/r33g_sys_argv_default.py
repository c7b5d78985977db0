# A script reading sys.argv: with no arguments given, prog is the script's name and defaults apply
import argparse
import sys

print(sys.argv[1:])
parser = argparse.ArgumentParser(description="Count down from N")
parser.add_argument("-n", type=int, default=3)
args = parser.parse_args()
print(parser.prog)
for i in range(args.n, 0, -1):
    print(i)
parser.print_usage()
