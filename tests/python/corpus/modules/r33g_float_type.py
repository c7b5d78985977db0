# Converting a temperature given on the command line, with float arguments
import argparse

p = argparse.ArgumentParser(prog="temp", description="Convert Celsius to Fahrenheit")
p.add_argument("celsius", type=float, nargs="+")
p.add_argument("--digits", type=int, default=1)
args = p.parse_args(["-40", "0", "36.6", "100", "--digits", "2"])
for c in args.celsius:
    print(f"{c:>7.{args.digits}f} C = {c * 9 / 5 + 32:>7.{args.digits}f} F")
p.parse_args(["abc"])
