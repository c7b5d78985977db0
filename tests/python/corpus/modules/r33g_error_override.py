# Subclassing ArgumentParser to print the full help when the user makes a mistake
import argparse
import sys

class HelpfulParser(argparse.ArgumentParser):
    def error(self, message):
        sys.stderr.write(f"error: {message}\n\n")
        self.print_help(sys.stderr)
        sys.exit(2)

p = HelpfulParser(prog="helpful", description="Shows help on errors.")
p.add_argument("source")
p.add_argument("--mode", choices=["fast", "safe"], default="safe")
print(p.parse_args(["a"]))
print("now a mistake")
p.parse_args(["a", "--mode", "quick"])
