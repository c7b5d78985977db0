# "--" ends the options, so a value starting with a dash can be positional
import argparse

p = argparse.ArgumentParser(prog="echo2")
p.add_argument("-n", action="store_true")
p.add_argument("words", nargs="*")
print(p.parse_args(["-n", "--", "-x", "--y", "z"]))
print(p.parse_args(["a", "--", "-n"]))
print(p.parse_args(["--", "--"]))
p.parse_args(["-x"])
