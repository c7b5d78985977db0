# A lambda as type shows up as "<lambda>" in the error; a ValueError from a function by its name
import argparse

p = argparse.ArgumentParser(prog="lam", exit_on_error=False)
p.add_argument("--even", type=lambda s: int(s) if int(s) % 2 == 0 else int("odd"))
p.add_argument("--hexnum", type=lambda s: int(s, 16))
p.add_argument("--upper", type=str.upper)
print(p.parse_args(["--even", "4", "--hexnum", "ff", "--upper", "abc"]))
for argv in (["--even", "3"], ["--hexnum", "zz"], ["--even", "x"]):
    try:
        p.parse_args(argv)
    except argparse.ArgumentError as e:
        print(e)
