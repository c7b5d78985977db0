# Optional positionals with defaults and const, and how they share values
import argparse

p = argparse.ArgumentParser(prog="posq")
p.add_argument("first", nargs="?", default="F")
p.add_argument("second", nargs="?", default="S", type=str.upper)
p.add_argument("more", nargs="*", default=["none"])
p.add_argument("--flag", action="store_true")
for argv in ([], ["a"], ["a", "b"], ["a", "b", "c", "d"], ["a", "--flag", "b"], ["--flag"]):
    print(argv, "->", p.parse_args(argv))
p.print_usage()
