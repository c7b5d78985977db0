# Everything at once in one help page: usage, description, positionals, options, groups, epilog
import argparse

p = argparse.ArgumentParser(
    prog="everything",
    description="One tool to show every part of a help page.",
    epilog="Report bugs to the course forum.",
)
p.add_argument("input", help="input name")
p.add_argument("output", nargs="?", default="-", help="output name (default: stdout)")
p.add_argument("-n", "--dry-run", action="store_true", help="do nothing")
p.add_argument("--level", type=int, choices=range(1, 6), default=3, help="level 1..5")
p.add_argument("--version", action="version", version="1.0")
adv = p.add_argument_group("advanced", description="Rarely needed settings.")
adv.add_argument("--threads", type=int, default=1)
adv.add_argument("--cache", action=argparse.BooleanOptionalAction, default=True, help="cache results")
ex = p.add_mutually_exclusive_group()
ex.add_argument("--fast", action="store_true")
ex.add_argument("--slow", action="store_true")
sub = p.add_subparsers(title="modes", dest="mode")
sub.add_parser("once", help="run once")
sub.add_parser("watch", help="run on every change")
p.print_help()
