# With exit_on_error=False an invalid value is an uncaught ArgumentError traceback
import argparse

p = argparse.ArgumentParser(prog="strict", exit_on_error=False)
p.add_argument("count", type=int)
args = p.parse_args(["seven"])
print(args)
