# A hand-written usage string with %(prog)s, and help strings with %(default)s and %(choices)s
import argparse

p = argparse.ArgumentParser(prog="zipper", usage="%(prog)s [options] ARCHIVE FILE...",
                            description="%(prog)s packs files.")
p.add_argument("archive")
p.add_argument("files", nargs="+")
p.add_argument("--level", type=int, default=6, choices=range(0, 10), metavar="N",
               help="compression level (default: %(default)s, type %(type)s)")
p.add_argument("--method", default="deflate", choices=["store", "deflate"],
               help="one of %(choices)s; %(prog)s uses %(default)r")
p.add_argument("--pct", default=50, help="progress shown at 100%% only")
p.print_help()
p.parse_args(["a.zip"])
