# nargs=argparse.REMAINDER collects everything after, like a wrapper for another command
import argparse

p = argparse.ArgumentParser(prog="run-in")
p.add_argument("--env", action="append", default=[])
p.add_argument("command")
p.add_argument("args", nargs=argparse.REMAINDER)
print(p.parse_args(["--env", "A=1", "python", "-m", "http.server", "--bind", "0"]))
print(p.parse_args(["ls"]))
p.print_help()
