# Help and usage sent to stderr between ordinary prints: the two streams interleave in order
import argparse
import sys

p = argparse.ArgumentParser(prog="mixed")
p.add_argument("--n", type=int, default=1)
print("step 1: stdout")
p.print_usage(sys.stderr)
print("step 2: stdout")
p.print_help(file=sys.stderr)
print("step 3: stdout")
sys.stderr.write(p.format_usage().upper())
p._print_message("custom message\n", sys.stdout)
p.parse_args(["--n", "1", "extra"])
