# Custom type functions: a positive int and a "key=value" pair, with their errors
import argparse

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value

def pair(text):
    key, value = text.split("=")
    return key, value

p = argparse.ArgumentParser(prog="cfg")
p.add_argument("--workers", type=positive, default=1)
p.add_argument("--set", type=pair, action="append", default=[])
print(p.parse_args(["--workers", "4", "--set", "a=1", "--set", "b=2"]))
for bad in (["--workers", "-3"], ["--workers", "x"], ["--set", "novalue"]):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
