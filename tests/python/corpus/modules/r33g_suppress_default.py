# default=argparse.SUPPRESS leaves the attribute out unless the option is given
import argparse

p = argparse.ArgumentParser(prog="sup", argument_default=argparse.SUPPRESS)
p.add_argument("--alpha", type=int)
p.add_argument("--beta", default=2)
p.add_argument("--secret", help=argparse.SUPPRESS)
a = p.parse_args([])
print(a, "alpha" in a, hasattr(a, "beta"))
a = p.parse_args(["--alpha", "1", "--secret", "s"])
print(a, "alpha" in a)
p.print_help()
print(a.gamma)
