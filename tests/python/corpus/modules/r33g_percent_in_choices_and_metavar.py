# Percent signs and braces in metavars, choices and prog names, where argparse formats strings
import argparse

p = argparse.ArgumentParser(prog="disk%usage", description="Uses {braces} and 100%% sure")
p.add_argument("--fill", choices=["10%", "50%", "100%"], help="fill level %(choices)s")
p.add_argument("--fmt", metavar="{x}", default="{:>5}", help="a format like %(default)s")
p.add_argument("--ratio", type=float, default=0.5, help="%(default).0f%% or %(default)5.2f")
p.print_help()
a = p.parse_args(["--fill", "50%", "--fmt", "{:^9}"])
print(a.fmt.format(a.fill))
p.parse_args(["--fill", "75%"])
