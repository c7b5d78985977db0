# A mutually exclusive group inside an argument group, and one with a positional in it
import argparse

p = argparse.ArgumentParser(prog="fmt")
out = p.add_argument_group("output", "how to write the result")
mx = out.add_mutually_exclusive_group()
mx.add_argument("--text", action="store_true", help="plain text")
mx.add_argument("--html", action="store_true", help="HTML page")
mx2 = p.add_mutually_exclusive_group()
mx2.add_argument("--file", help="read from a file")
mx2.add_argument("source", nargs="?", help="literal source")
p.print_help()
print(p.parse_args(["--html", "x"]))
try:
    mx.add_argument("--pdf", required=True)
except ValueError as e:
    print("ValueError:", e)
p.parse_args(["--file", "f", "lit"])
