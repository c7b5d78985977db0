# exit_on_error=False still exits for missing arguments in Python 3.11
import argparse

p = argparse.ArgumentParser(prog="half", exit_on_error=False)
p.add_argument("name")
p.add_argument("--age", type=int)
try:
    p.parse_args(["--age", "old"])
except argparse.ArgumentError as e:
    print("caught:", e)
try:
    p.parse_args(["--age", "3"])
except argparse.ArgumentError as e:
    print("caught:", e)
except SystemExit as e:
    print("SystemExit instead, code", e.code)
