# A required mutually exclusive group: one of --json or --csv must be given
import argparse

p = argparse.ArgumentParser(prog="export")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--json", action="store_true")
g.add_argument("--csv", action="store_true")
g.add_argument("--format", choices=["xml", "yaml"])
p.print_help()
print(p.parse_args(["--format", "xml"]))
p.parse_args([])
