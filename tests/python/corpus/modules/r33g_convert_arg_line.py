# Overriding convert_arg_line_to_args and _read_args_from_files is rare; here the parser's hooks are called directly
import argparse

class SpaceParser(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()

p = SpaceParser(prog="hooks")
p.add_argument("--a")
p.add_argument("--b", type=int)
print(p.convert_arg_line_to_args("--a one --b 2"))
print(argparse.ArgumentParser().convert_arg_line_to_args("--a one"))
args = []
for line in ["--a first", "--b 5", ""]:
    args.extend(p.convert_arg_line_to_args(line))
print(p.parse_args(args))
print(p.format_usage(), end="")
