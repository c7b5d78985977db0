# MetavarTypeHelpFormatter names each argument by its type
import argparse

p = argparse.ArgumentParser(prog="calc", formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument("x", type=float)
p.add_argument("n", type=int, nargs="+")
p.add_argument("--label", type=str, default="result")
p.add_argument("--scale", type=float, nargs=2)
p.print_help()
print(p.parse_args(["1.5", "2", "3", "--label", "sum"]))
