# Printing the help of a small greeting tool to see what argparse makes of it
import argparse

parser = argparse.ArgumentParser(prog="greet", description="Greet someone politely.")
parser.add_argument("name", help="who to greet")
parser.add_argument("-t", "--times", type=int, default=1, help="how many times")
parser.add_argument("--shout", action="store_true", help="use capitals")
parser.print_help()
print("---")
parser.print_usage()
print("---")
args = parser.parse_args(["Ada", "-t", "2", "--shout"])
for _ in range(args.times):
    msg = f"Hello, {args.name}!"
    print(msg.upper() if args.shout else msg)
