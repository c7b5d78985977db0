# The many spellings of short and long options: -abc, -n5, -n=5, --num=5, --opt=
import argparse

p = argparse.ArgumentParser(prog="forms")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-c", action="store_true")
p.add_argument("-n", "--num", type=int)
p.add_argument("--opt")
print(p.parse_args(["-abc"]))
print(p.parse_args(["-n5"]))
print(p.parse_args(["-n=5"]))
print(p.parse_args(["--num=7", "--opt="]))
print(p.parse_args(["-ab", "-n", "3"]))
print(p.parse_args(["-acn9"]))
p.parse_args(["-abx"])
