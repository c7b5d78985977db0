# A calculator CLI: an operation chosen by name from a dict of functions, and a division by zero
import argparse
import operator

OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "div": operator.truediv}

p = argparse.ArgumentParser(prog="calc", description="Apply an operation to two numbers.")
p.add_argument("op", choices=OPS, help="operation")
p.add_argument("x", type=float)
p.add_argument("y", type=float)
p.add_argument("--int", dest="as_int", action="store_true", help="print an integer")
p.print_help()
for line in ("add 2 3", "mul 1.5 4 --int", "div 1 3", "pow 2 3", "div 1 0"):
    try:
        a = p.parse_args(line.split())
    except SystemExit:
        continue
    r = OPS[a.op](a.x, a.y)
    print(line, "=", int(r) if a.as_int else r)
