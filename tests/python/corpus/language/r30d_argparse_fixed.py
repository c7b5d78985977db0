# argparse with a fixed argument list: positional, options, choices, defaults and an error exit
import argparse

parser = argparse.ArgumentParser(prog="fetch", description="Fetch some URLs concurrently.")
parser.add_argument("urls", nargs="+", help="the URLs to fetch")
parser.add_argument("-n", "--workers", type=int, default=4, help="how many workers")
parser.add_argument("--method", choices=["GET", "HEAD"], default="GET")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--dry-run", action="store_true")
args = parser.parse_args(["a.org", "b.org", "-n", "8", "-vv", "--dry-run"])
print(args)
print(args.urls, args.workers, args.method, args.verbose, args.dry_run)
print(vars(parser.parse_args(["x", "--method", "HEAD"])))
parser.print_help()
parser.parse_args(["x", "--workers", "many"])
