# parse_known_args passes unknown options on to another parser, a two-stage CLI
import argparse

first = argparse.ArgumentParser(prog="stage1", add_help=False)
first.add_argument("--config", default="default.cfg")
first.add_argument("-v", action="store_true")
known, rest = first.parse_known_args(["-v", "--port", "80", "--config", "x.cfg", "run", "--", "-z"])
print(known, rest)
second = argparse.ArgumentParser(prog="stage2")
second.add_argument("--port", type=int)
second.add_argument("cmd")
second.add_argument("extra", nargs="*")
print(second.parse_args(rest))
print(first.parse_known_args(["--conf", "y.cfg", "--unknown=1", "-vq"]))
