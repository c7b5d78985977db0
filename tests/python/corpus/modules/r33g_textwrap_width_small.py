# A formatter with a tiny width: argparse still produces something, word by word
import argparse

for width in (30, 20):
    p = argparse.ArgumentParser(prog="tiny", description="A description that will need several lines here.",
                                formatter_class=lambda prog: argparse.HelpFormatter(prog, width=width))
    p.add_argument("--alpha", help="the first option which has a rather long help text")
    p.add_argument("--be", type=int, nargs="+", help="numbers")
    p.add_argument("files", nargs="*")
    p.print_help()
    print("~" * width)
