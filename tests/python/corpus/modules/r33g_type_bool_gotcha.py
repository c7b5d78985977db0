# The type=bool gotcha: any non-empty string is True, so a helper function is needed
import argparse

def str2bool(v):
    if v.lower() in ("yes", "true", "t", "y", "1"):
        return True
    if v.lower() in ("no", "false", "f", "n", "0"):
        return False
    raise argparse.ArgumentTypeError("Boolean value expected.")

p = argparse.ArgumentParser(prog="flags")
p.add_argument("--naive", type=bool)
p.add_argument("--smart", type=str2bool)
print(p.parse_args(["--naive", "False", "--smart", "False"]))
print(p.parse_args(["--naive", "", "--smart", "YES"]))
p.parse_args(["--smart", "maybe"])
