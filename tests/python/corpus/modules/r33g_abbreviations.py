# Long options can be abbreviated, unless the abbreviation is ambiguous
import argparse

p = argparse.ArgumentParser(prog="abbr")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-file")
p.add_argument("--output", default="out")
print(p.parse_args(["--out", "x", "--verb"]))
print(p.parse_args(["--version-f", "v.txt"]))
q = argparse.ArgumentParser(prog="exact", allow_abbrev=False)
q.add_argument("--output")
try:
    q.parse_args(["--out", "x"])
except SystemExit as e:
    print("exact exit", e.code)
p.parse_args(["--ver"])
