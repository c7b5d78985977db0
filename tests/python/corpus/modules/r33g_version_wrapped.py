# A long, multi-line version string is re-wrapped by argparse's formatter
import argparse

version = ("%(prog)s 3.2.1\nCopyright (C) 2024 The Example Authors. This is free software; "
           "see the source for copying conditions. There is NO warranty.")
p = argparse.ArgumentParser(prog="longver")
p.add_argument("-V", "--version", action="version", version=version)
try:
    p.parse_args(["-V"])
except SystemExit as e:
    print("exit", e.code)
q = argparse.ArgumentParser(prog="rawver", formatter_class=argparse.RawTextHelpFormatter)
q.add_argument("--version", action="version", version=version)
q.parse_args(["--version"])
