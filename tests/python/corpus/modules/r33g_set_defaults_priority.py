# Which wins: add_argument's default, set_defaults, or a subparser's set_defaults?
import argparse

p = argparse.ArgumentParser(prog="prio")
p.add_argument("--level", default=1)
p.set_defaults(level=2, mode="parent")
print(p.parse_args([]), p.get_default("level"), p.get_default("missing"))
s = p.add_subparsers(dest="cmd")
c = s.add_parser("child")
c.set_defaults(mode="child", level=3)
c.add_argument("--flag", action="store_true", default="unset")
print(p.parse_args(["child"]))
print(p.parse_args(["--level", "9", "child"]))
print(p.parse_args(["child", "--flag"]))
