# A required option: the error lists every missing one
import argparse

p = argparse.ArgumentParser(prog="login")
p.add_argument("--user", "-u", required=True)
p.add_argument("--password", required=True, help="secret")
p.add_argument("--host", default="localhost")
p.print_help()
print(p.parse_args(["-u", "ann", "--password", "pw"]))
try:
    p.parse_args(["--host", "x"])
except SystemExit:
    print("first failure")
p.parse_args(["-u", "ann"])
