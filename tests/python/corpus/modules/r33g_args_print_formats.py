# Printing parsed arguments in different ways: repr, vars sorted, f-string, json
import argparse
import json

p = argparse.ArgumentParser(prog="show")
p.add_argument("--name", default="world")
p.add_argument("--n", type=int, default=2)
p.add_argument("--ratio", type=float, default=1 / 3)
p.add_argument("--tags", nargs="*", default=[])
p.add_argument("--on", action="store_true")
a = p.parse_args(["--tags", "x", "y", "--on"])
print(repr(a))
print(str(a) == repr(a))
for k, v in sorted(vars(a).items()):
    print(f"{k:>6} = {v!r}")
print(json.dumps(vars(a), sort_keys=True))
print(f"{a}")
print(argparse.Namespace(**vars(a)) == a)
