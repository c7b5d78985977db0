# A learner forgets the positional arguments: argparse complains on stderr with exit status 2
import argparse

parser = argparse.ArgumentParser(prog="copy")
parser.add_argument("src")
parser.add_argument("dst")
parser.add_argument("--force", action="store_true")
print("parsing...")
args = parser.parse_args(["--force"])
print(args)
