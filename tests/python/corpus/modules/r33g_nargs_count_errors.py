# The "expected N arguments" messages for each nargs when too few values are given
import argparse

p = argparse.ArgumentParser(prog="cnt", exit_on_error=False)
p.add_argument("--two", nargs=2)
p.add_argument("--three", nargs=3, type=int)
p.add_argument("--plus", nargs="+")
p.add_argument("--one", nargs=1)
p.add_argument("--opt", nargs="?", type=int)
cases = [["--two", "a"], ["--three", "1", "2"], ["--plus"], ["--one"], ["--opt", "x"],
         ["--two", "a", "--plus", "b"], ["--three", "1", "2", "x"]]
for argv in cases:
    try:
        print(p.parse_args(argv))
    except argparse.ArgumentError as e:
        print(" ".join(argv), "->", e)
print(p.parse_args(["--one", "z", "--opt"]))
