# Sharing common options between parsers with parents=[...]
import argparse

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--verbose", "-v", action="count", default=0)
common.add_argument("--config", default="app.ini")

build = argparse.ArgumentParser(prog="build", parents=[common], description="Build it")
build.add_argument("target")
test = argparse.ArgumentParser(prog="test", parents=[common])
test.add_argument("--fail-fast", action="store_true")
print(build.parse_args(["-vv", "all"]))
print(test.parse_args(["--fail-fast", "--config", "t.ini"]))
build.print_help()
test.print_usage()
