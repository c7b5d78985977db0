# Forgetting the parentheses on parse_args, then a misspelt attribute
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--verbose", action="store_true")
parser.add_argument("--output-dir", default="out")
args = parser.parse_args
try:
    print(args.verbose)
except AttributeError as e:
    print("AttributeError:", e)
args = parser.parse_args([])
print(args.output_dir)
print(args.vebose)
