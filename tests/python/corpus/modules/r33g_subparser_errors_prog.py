# Errors inside a subcommand name both programs in the usage, and options before it belong to the parent
import argparse

p = argparse.ArgumentParser(prog="app")
p.add_argument("--debug", action="store_true")
s = p.add_subparsers(dest="cmd", title="subcommands", description="valid subcommands", help="extra help")
serve = s.add_parser("serve", aliases=["s", "run"])
serve.add_argument("--port", type=int, default=8000)
s.add_parser("stop")
print(p.parse_args(["--debug", "s", "--port", "1"]))
print(p.parse_args(["run"]))
p.print_help()
try:
    p.parse_args(["serve", "--debug"])
except SystemExit:
    pass
p.parse_args(["serve", "--port", "http"])
