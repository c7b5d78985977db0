# Adding the same option twice raises ArgumentError: conflicting option string
import argparse

p = argparse.ArgumentParser(prog="dup")
p.add_argument("-v", "--verbose", action="store_true")
try:
    p.add_argument("-v", "--version", action="version", version="1.0")
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
r = argparse.ArgumentParser(prog="dup2", conflict_handler="resolve")
r.add_argument("-v", "--verbose", action="store_true")
r.add_argument("-v", "--version", action="version", version="1.0")
r.print_help()
p.add_argument("-h", help="hosts")
