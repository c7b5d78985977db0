# exit_on_error=False lets the program catch ArgumentError itself
import argparse

p = argparse.ArgumentParser(prog="safe", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--mode", choices=["a", "b"])
for argv in (["--n", "5"], ["--n", "five"], ["--mode", "c"], ["--n"]):
    try:
        print("ok:", p.parse_args(argv))
    except argparse.ArgumentError as err:
        print("ArgumentError:", err)
        print("  argument_name:", err.argument_name)
        print("  message:", err.message)
print(p.parse_args(["--bogus"]))
