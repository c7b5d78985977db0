# Using the option's name with a dash instead of the dest with an underscore
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--max-items", type=int, default=10)
parser.add_argument("--dry-run", action="store_true")
args = parser.parse_args(["--max-items", "4"])
print(args.max_items, args.dry_run)
print(args.maxitems)
