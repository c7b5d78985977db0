# prefix_chars lets options start with + or / like other systems
import argparse

p = argparse.ArgumentParser(prog="win", prefix_chars="-+/")
p.add_argument("+v", "++verbose", action="store_true")
p.add_argument("/q", action="store_true")
p.add_argument("-n", type=int, default=0)
print(p.parse_args(["+v", "/q", "-n", "7"]))
print(p.parse_args(["++verbose"]))
p.print_help()
