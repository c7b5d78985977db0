# A help string with a bare % sign breaks print_help, because help is %-formatted
import argparse

p = argparse.ArgumentParser(prog="pct")
p.add_argument("--ratio", default=0.25, help="ratio as a fraction (%(default).1f means %(default)s)")
p.print_help()
q = argparse.ArgumentParser(prog="pct2")
q.add_argument("--done", help="50%. of the work")
try:
    q.format_help()
except ValueError as e:
    print("ValueError:", e)
r = argparse.ArgumentParser(prog="pct3")
r.add_argument("--sure", help="at least 90%done")
r.print_help()
