# Negative numbers as values look like options unless the parser has none that look like numbers
import argparse

p = argparse.ArgumentParser(prog="shift")
p.add_argument("offset", type=int)
p.add_argument("--by", type=float, default=1.0)
print(p.parse_args(["-5", "--by", "-2.5"]))
q = argparse.ArgumentParser(prog="shift2")
q.add_argument("-1", dest="one", action="store_true")
q.add_argument("offset", type=int, nargs="?")
print(q.parse_args(["-1"]))
q.parse_args(["-5"])
