# Choices are checked after conversion, so int choices need type=int; and dict keys as choices
import argparse

p = argparse.ArgumentParser(prog="pick", exit_on_error=False)
p.add_argument("--n", choices=[1, 2, 3])
p.add_argument("--m", type=int, choices=[1, 2, 3])
p.add_argument("--op", choices={"add": sum, "max": max})
for argv in (["--m", "2"], ["--n", "2"], ["--op", "max"], ["--op", "min"], ["--m", "4"]):
    try:
        ns = p.parse_args(argv)
        print("ok", ns.n, ns.m, ns.op)
    except argparse.ArgumentError as e:
        print("error:", e)
p.print_help()
