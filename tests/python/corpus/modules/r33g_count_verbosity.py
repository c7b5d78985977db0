# -v, -vv, -vvv set a logging level, the usual way
import argparse
import logging

p = argparse.ArgumentParser(prog="verb")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", "--quiet", action="count")
levels = [logging.WARNING, logging.INFO, logging.DEBUG]
for argv in ([], ["-v"], ["-vv"], ["-v", "-v", "-v", "-v"], ["--verbose", "-vq", "-q"]):
    a = p.parse_args(argv)
    level = levels[min(a.verbose, len(levels) - 1)]
    print(argv, a.verbose, a.quiet, logging.getLevelName(level))
p.parse_args(["-v3"])
